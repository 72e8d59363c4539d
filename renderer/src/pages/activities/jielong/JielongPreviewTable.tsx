import { Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Participant } from '../../../../../shared/contract/activities';
import { Attendance } from '../../../../../shared/enums';
import type { Choices, ResolvedRow } from './jielongChoices';

interface Props {
  rows: ResolvedRow[];
  sheet: Participant[];
  choices: Choices;
  onChoose(index: number, memberId: number | undefined): void;
}

const changeTag = (r: ResolvedRow, sheet: Participant[]) => {
  if (r.supersededBy !== undefined)
    return <Typography.Text type="secondary">重复，以第 {r.supersededBy} 行为准</Typography.Text>;
  if (r.change === 'new') return <Tag color="green">新增</Tag>;
  if (r.change === 'unchanged') return <Tag>不变</Tag>;
  if (r.change === 'changed') {
    const was = sheet.find((p) => p.memberId === r.memberId);
    return <Tag color="orange">修改（原为{was ? Attendance.label(was.attendance) : ''}）</Tag>;
  }
  if (r.row.match === 'candidates') return <Typography.Text type="warning">待选择</Typography.Text>;
  return <Typography.Text type="secondary">不写入</Typography.Text>;
};

/** The pasted 接龙 line by line: the member each name goes to, its attendance, and what changes. */
export function JielongPreviewTable({ rows, sheet, choices, onChoose }: Props) {
  const columns: ColumnsType<ResolvedRow & { index: number }> = [
    { title: '行', key: 'line', width: 48, render: (_, r) => r.row.line },
    { title: '接龙原文', key: 'raw', ellipsis: true, render: (_, r) => r.row.raw },
    {
      title: '委员',
      key: 'member',
      width: 250,
      render: (_, r) => {
        if (r.row.match === 'exact') return <span>{r.row.name}</span>;
        if (r.row.match === 'none')
          return (
            <Typography.Text type="secondary">{r.row.name || '（无姓名）'}：名册中没有此人，不写入</Typography.Text>
          );
        return (
          <Select<number>
            aria-label={`为“${r.row.name}”选择委员`}
            placeholder="请选择委员"
            allowClear
            value={choices[r.index]}
            onChange={(v) => onChoose(r.index, v)}
            options={r.row.candidates.map((c) => ({
              value: c.memberId,
              label: `${c.name}（${c.why}${c.sector ? `，${c.sector}` : ''}）`,
            }))}
            style={{ width: 236 }}
          />
        );
      },
    },
    {
      title: '出勤',
      key: 'status',
      width: 180,
      render: (_, r) =>
        r.row.status === 'excused' ? (
          <span>
            <Tag color="gold">请假</Tag>
            {r.row.reason ?? <Typography.Text type="secondary">未写事由</Typography.Text>}
          </span>
        ) : (
          <Tag color="blue">出席</Tag>
        ),
    },
    { title: '变化', key: 'change', width: 150, render: (_, r) => changeTag(r, sheet) },
  ];
  return (
    <Table
      size="small"
      rowKey="index"
      pagination={false}
      // The modal sits near the top of the window: the table takes what is left of its height.
      scroll={{ y: 'max(240px, calc(100vh - 330px))' }}
      columns={columns}
      dataSource={rows.map((r, index) => ({ ...r, index }))}
      onRow={(r) => (r.row.match === 'none' ? { style: { opacity: 0.55 }, 'aria-disabled': true } : {})}
    />
  );
}
