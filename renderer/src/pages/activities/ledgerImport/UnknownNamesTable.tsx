import { Checkbox, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { LedgerUnknownName } from '../../../../../shared/contract/ledgerImport';

/** For each name: the member chosen among the near matches, or 添加为往届委员, or neither (left off). */
export type NameChoice = { memberId: number } | { addFormer: true };

interface Props {
  names: LedgerUnknownName[];
  choices: Record<string, NameChoice | undefined>;
  onChoose(name: string, choice: NameChoice | undefined): void;
}

const years = (u: LedgerUnknownName) =>
  u.firstYear === u.lastYear ? `${u.firstYear}年` : `${u.firstYear}–${u.lastYear}年`;

/** The ledger's names that are not on the roster: nothing is chosen for the clerk. */
export function UnknownNamesTable({ names, choices, onChoose }: Props) {
  const columns: ColumnsType<LedgerUnknownName> = [
    { title: '台账中的姓名', dataIndex: 'name', width: 110 },
    {
      title: '出现在',
      key: 'rows',
      width: 230,
      render: (_, u) => `${u.rows.join('、')}（${years(u)}）`,
    },
    {
      title: '名册中相近的委员',
      key: 'match',
      width: 260,
      render: (_, u) => {
        const c = choices[u.name];
        if (!u.candidates.length) return <Typography.Text type="secondary">没有相近的姓名</Typography.Text>;
        return (
          <Select<number>
            aria-label={`为“${u.name}”选择委员`}
            placeholder="选择对应的委员"
            allowClear
            value={c && 'memberId' in c ? c.memberId : undefined}
            onChange={(v) => onChoose(u.name, v === undefined ? undefined : { memberId: v })}
            options={u.candidates.map((m) => ({
              value: m.memberId,
              label: `${m.name}（${m.why}${m.sector ? `，${m.sector}` : ''}）`,
            }))}
            style={{ width: 240 }}
          />
        );
      },
    },
    {
      title: '添加到名册',
      key: 'add',
      render: (_, u) => {
        const c = choices[u.name];
        return (
          <Checkbox
            aria-label={`将“${u.name}”添加为往届委员`}
            checked={!!c && 'addFormer' in c}
            onChange={(e) => onChoose(u.name, e.target.checked ? { addFormer: true } : undefined)}
          >
            添加为往届委员
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              （已离任，{years(u)}在任）
            </Typography.Text>
          </Checkbox>
        );
      },
    },
  ];
  return (
    <Table<LedgerUnknownName>
      size="small"
      rowKey="name"
      columns={columns}
      dataSource={names}
      pagination={false}
      scroll={{ y: 120 }}
    />
  );
}
