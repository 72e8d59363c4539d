import { Form, InputNumber, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PointsCategory } from '../../../../shared/pointsRules';
import { categorySpan, ruleRows, type RuleRow } from './ruleRows';

const spanned = (_: RuleRow, pos?: number) => ({ rowSpan: categorySpan(pos ?? 0) });

/** Each rule's points, by category, with the category's yearly cap beside it (empty: no cap). */
export function RulesTable() {
  const columns: ColumnsType<RuleRow> = [
    { title: '类别', key: 'category', width: 100, onCell: spanned, render: (_, r) => PointsCategory.label(r.category) },
    { title: '计分项', dataIndex: 'label' },
    {
      title: '分数',
      key: 'points',
      width: 140,
      render: (_, r) => (
        <Form.Item name={r.name} noStyle>
          <InputNumber<number> aria-label={r.label} min={r.min} max={r.max} precision={0} suffix="分" style={{ width: 110 }} />
        </Form.Item>
      ),
    },
    {
      title: '年度封顶',
      key: 'cap',
      width: 150,
      onCell: spanned,
      render: (_, r) =>
        r.category === 'absence' ? (
          <Typography.Text type="secondary">扣分不封顶</Typography.Text>
        ) : (
          <Form.Item name={['caps', r.category]} noStyle>
            <InputNumber<number>
              aria-label={`${PointsCategory.label(r.category)}年度封顶`}
              min={0}
              max={1000}
              precision={0}
              placeholder="不封顶"
              suffix="分"
              style={{ width: 120 }}
            />
          </Form.Item>
        ),
    },
  ];
  return <Table<RuleRow> rowKey="key" size="small" bordered columns={columns} dataSource={ruleRows} pagination={false} />;
}
