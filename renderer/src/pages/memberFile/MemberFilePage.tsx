import { PrinterOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { useGroup } from '../../shell/useGroup';
import { ReadBody } from '../../lists/ReadBody';
import { FileActivities } from './FileActivities';
import { FileDutyItems } from './FileDutyItems';
import { FileRecords } from './FileRecords';
import { FileSummary } from './FileSummary';
import { MemberFileHeader } from './MemberFileHeader';
import { MemberFileWordButton } from './MemberFileWordButton';
import './memberFile.css';
import { useMemberFile } from './useMemberFile';
import { useRosterOptions } from './useRosterOptions';

/** 履职档案 (一委员一档案): one member's year — details, duty items, everything that shows them. */
export function MemberFilePage() {
  const year = useYear();
  const groupName = useGroup((s) => s.group?.name);
  const { memberId, file, loading, loadError, pick, load } = useMemberFile();
  const roster = useRosterOptions();

  useEffect(() => {
    void load(year);
  }, [load, year, memberId]);

  const shown = file && file.member.id === memberId && file.year === year ? file : null;
  const body =
    memberId === null ? (
      <Empty description="请选择一位委员。也可以在“委员”名册中点击某位委员的“履职档案”打开。" />
    ) : (
      <ReadBody what="履职档案" error={loadError} loading={loading} onRetry={() => void load(year)} value={shown}>
        {(shown) => (
          <article className="member-file">
            <Flex vertical gap={20}>
              <Typography.Title level={3} className="member-file-print-title" style={{ margin: 0 }}>
                {groupName ? `${groupName} ` : ''}委员履职档案（{year}年度）
              </Typography.Title>
              <MemberFileHeader member={shown.member} />
              <FileDutyItems file={shown} />
              <FileActivities activities={shown.activities} />
              <FileRecords
                proposals={shown.proposals}
                opinionReports={shown.opinionReports}
                deeds={shown.deeds}
                dutyRecords={shown.dutyRecords}
              />
              <FileSummary summary={shown.summary} />
            </Flex>
          </article>
        )}
      </ReadBody>
    );

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16} wrap className="member-file-controls">
        <Typography.Title level={3} style={{ margin: 0 }}>
          履职档案
        </Typography.Title>
        <YearSwitch />
        <Select
          aria-label="委员"
          placeholder="选择委员（可输入姓名）"
          showSearch={{ optionFilterProp: 'label' }}
          value={memberId ?? undefined}
          options={roster}
          onChange={(id: number) => pick(id)}
          style={{ width: 220 }}
        />
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          <MemberFileWordButton memberId={shown ? shown.member.id : null} year={year} />
          <Button icon={<PrinterOutlined />} disabled={!shown} onClick={() => window.print()}>
            打印
          </Button>
        </Flex>
      </Flex>
      {body}
    </Flex>
  );
}
