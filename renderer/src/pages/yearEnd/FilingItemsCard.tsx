import { Alert, App, Button, Card, Select, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { FilingYear } from '../../../../shared/contract/filing';
import { filingKindLabels, retentionLabels, retentions, type FilingItem, type Retention } from '../../../../shared/filing';
import { call } from '../../api/client';

const options = retentions.map((r) => ({ value: r, label: retentionLabels[r] }));

/**
 * 归档文件: the year's items (件) with their 档号 as the next 编印 numbers them, each one's 保管期限
 * changeable, and which numbers moved since the year was last filed.
 */
export function FilingItemsCard({ year }: { year: number }) {
  const { message } = App.useApp();
  const [data, setData] = useState<FilingYear | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const load = useCallback(
    () =>
      call('filing.items', { year }).then((r) => {
        if (r.ok) {
          setData(r.value);
          setFailed(null);
        } else setFailed(r.error.message);
      }),
    [year],
  );

  useEffect(() => {
    void load();
  }, [load]);

  async function choose(item: FilingItem, retention: Retention) {
    const r = await call('filing.setRetention', { year, kind: item.kind, recordId: item.recordId, retention });
    if (!r.ok) return void message.error(r.error.message);
    setData(r.value);
    message.success(`《${item.title}》的保管期限已改为${retentionLabels[retention]}`);
  }

  const shown = data?.year === year ? data : null;
  return (
    <Card
      title="归档文件（按件）"
      extra={
        <Button size="small" onClick={() => void load()}>
          刷新
        </Button>
      }
    >
      {failed && <Alert type="error" showIcon message={`读取归档文件失败：${failed}`} style={{ marginBottom: 12 }} />}
      {shown && shown.changes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`与上次编印相比，有 ${shown.changes.length} 件的档号会变`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {shown.changes.map((c) => (
                <li key={`${c.kind}:${c.recordId}`}>
                  {c.title}：{c.before ?? '（新增）'} → {c.after ?? '（移出）'}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {shown && (
        <Typography.Paragraph type="secondary">
          共 {shown.items.length} 件，按保管期限分类、同类按日期编件号。
          {shown.filedAt ? '' : '本年度还没有编印过，档号在第一次编印时记下。'}
        </Typography.Paragraph>
      )}
      <Table<FilingItem>
        size="small"
        rowKey={(i) => `${i.kind}:${i.recordId}`}
        loading={!shown && !failed}
        dataSource={shown?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: '档号', dataIndex: 'archivalCode', width: 210 },
          { title: '题名', dataIndex: 'title' },
          { title: '类别', dataIndex: 'kind', width: 110, render: (k: FilingItem['kind']) => filingKindLabels[k] },
          { title: '责任者', dataIndex: 'responsible', width: 150, ellipsis: true },
          { title: '日期', dataIndex: 'date', width: 110 },
          {
            title: '保管期限',
            dataIndex: 'retention',
            width: 130,
            render: (r: Retention, item) => (
              <Select
                size="small"
                value={r}
                options={options}
                style={{ width: 110 }}
                aria-label={`${item.title}的保管期限`}
                onChange={(v) => void choose(item, v)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
