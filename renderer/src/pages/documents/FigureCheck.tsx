import { Alert, Collapse, List, Typography } from 'antd';
import type { ArchiveDocument } from '../../../../shared/contract/documents';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';

/**
 * The figures a saved plan or summary still states, checked against the archive's data as it is
 * now: a number the data no longer gives is named with what the data says and where it comes from.
 * Other documents are not checked. Reads again whenever the saved text changes.
 */
export function FigureCheck({ document }: { document: ArchiveDocument }) {
  const check = useQuery(
    () => call('summary.checkFigures', { documentId: document.id }),
    [document.id, document.updatedAt],
  ).value;

  if (!check?.checked || check.stated.length === 0) return null;
  const wrong = check.differences;
  const sources = (
    <List
      size="small"
      aria-label="文中的数字及来源"
      dataSource={check.stated}
      renderItem={(f) => (
        <List.Item>
          <Typography.Text>
            {f.label}：文中 {f.inText}
            {f.inText !== f.value ? `，数据 ${f.value}` : ''}
          </Typography.Text>
          <Typography.Text type="secondary">{f.source}</Typography.Text>
        </List.Item>
      )}
    />
  );
  return (
    <Alert
      type={wrong.length ? 'warning' : 'success'}
      showIcon
      style={{ marginBottom: 12 }}
      title={
        wrong.length
          ? `文中有 ${wrong.length} 处数字与档案数据不一致：${wrong.map((d) => `${d.label}写的是 ${d.inText}，数据是 ${d.inData}`).join('；')}`
          : `文中的 ${check.stated.length} 个数字与档案数据一致`
      }
      description={
        <Collapse size="small" ghost items={[{ key: 'list', label: '每个数字的来源', children: sources }]} />
      }
    />
  );
}
