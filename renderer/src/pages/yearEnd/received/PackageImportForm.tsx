import { App, Button, Flex, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import type { PackageCheck } from '../../../../../shared/contract/packages';

/** A file name for the new archive from the package's group and year, safe on Windows. */
export const suggestedArchiveName = (check: PackageCheck) =>
  `${(check.group || '联络组').replace(/[\\/:*?"<>|.\u0000-\u001f]/g, '_')}${check.year ?? ''}年度档案.sqlite`;

interface Props {
  check: PackageCheck;
  busy: boolean;
  onImport(into: 'new' | 'current', newFile?: string): void;
}

/** The two ways package.import allows: a new archive beside this one, or this archive's empty year. */
export function PackageImportForm({ check, busy, onImport }: Props) {
  const { modal } = App.useApp();
  const [into, setInto] = useState<'new' | 'current'>('new');
  const [newFile, setNewFile] = useState(() => suggestedArchiveName(check));

  async function start() {
    if (into === 'new') return onImport('new', newFile.trim());
    const confirmed = await modal.confirm({
      title: `把 ${check.year} 年度导入当前档案？`,
      content:
        '导入前会先备份当前档案（备份可用来撤销这次导入）。只有这一年度还没有任何记录时才能导入；同名的在册委员视为同一人，不重复添加。每条导入的记录都记入操作记录。',
      okText: '备份并导入',
      cancelText: '取消',
    });
    if (confirmed) onImport('current');
  }

  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>导入</Typography.Text>
      <Radio.Group
        value={into}
        onChange={(e) => setInto(e.target.value as 'new' | 'current')}
        disabled={busy}
        options={[
          { value: 'new', label: '导入为新档案（在当前档案旁新建一个档案文件，当前档案不变）' },
          { value: 'current', label: `导入到当前档案的 ${check.year} 年度（该年度须还没有任何记录；先自动备份）` },
        ]}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
      />
      {into === 'new' && (
        <Input
          aria-label="新档案的文件名"
          addonBefore="新档案文件名"
          value={newFile}
          onChange={(e) => setNewFile(e.target.value)}
          disabled={busy}
          style={{ maxWidth: 480 }}
        />
      )}
      <div>
        <Button type="primary" loading={busy} disabled={into === 'new' && !newFile.trim()} onClick={() => void start()}>
          {into === 'new' ? '导入为新档案' : '备份并导入'}
        </Button>
      </div>
    </Flex>
  );
}
