import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect } from 'react';
import { backupAge, newestVerified } from '../format/backupAge';
import { backupTime } from '../pages/backups/backupWords';
import { useBackups } from '../pages/backups/useBackups';
import { useRoute } from './useRoute';

/**
 * The header's word on backups: how old the newest backup that passed its check is (今天, 3 天前),
 * red past a week or when there is none; a click opens 备份与恢复.
 */
export function BackupAgeBadge() {
  const { backups, load } = useBackups();
  const go = useRoute((s) => s.go);
  useEffect(() => {
    void load();
  }, [load]);
  if (!backups) return null;

  const newest = newestVerified(backups);
  const age = newest ? backupAge(newest.createdAt) : null;
  const text = age ? `最近备份：${age.words}` : '还没有可用的备份';
  const red = !age || age.stale;
  const tip = newest
    ? `最近一次校验完好的备份：${backupTime(newest.createdAt)}${red ? '。已超过 7 天没有备份，请立即备份。' : ''}`
    : '还没有校验完好的备份，请立即备份。';
  return (
    <Tooltip title={tip}>
      <Button
        type="text"
        size="small"
        icon={<SafetyCertificateOutlined />}
        danger={red}
        aria-label={`${text}，打开备份与恢复`}
        onClick={() => void go('backups')}
      >
        {text}
      </Button>
    </Tooltip>
  );
}
