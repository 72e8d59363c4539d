import { Alert, Button, Collapse, Table } from 'antd';
import type { SummaryDraft } from '../../../../shared/contract/summary';
import { useWorkingYear } from '../../forms/workingYear';
import { useRoute } from '../../shell/useRoute';

/**
 * A draft just saved into 文档: where it is, and beside it (not in its text) every figure it states
 * with where the figure comes from, so the clerk can check each before the draft goes further.
 */
export function DraftResult({ draft }: { draft: SummaryDraft }) {
  const open = useRoute((r) => r.open);
  const choose = useWorkingYear((w) => w.choose);
  if (!draft.document) return null;
  const id = draft.document.id;
  return (
    <Alert
      type="success"
      showIcon
      title={`已生成“${draft.document.title}”，保存在文档中，请修改完善后再归档。`}
      action={
        <Button
          size="small"
          onClick={() => {
            choose(draft.year);
            void open('documents', id);
          }}
        >
          打开文档
        </Button>
      }
      description={
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'figures',
              label: `初稿中的 ${draft.figures.length} 个数字及其来源`,
              children: (
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  aria-label="初稿中的数字及来源"
                  dataSource={draft.figures}
                  columns={[
                    { title: '数字', dataIndex: 'label', width: 140 },
                    { title: '值', dataIndex: 'value', width: 70 },
                    { title: '来源', dataIndex: 'source' },
                  ]}
                />
              ),
            },
          ]}
        />
      }
    />
  );
}
