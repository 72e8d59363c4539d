import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ArchiveDocument } from '../../../../shared/contract/documents';
import type { DocumentKind } from '../../../../shared/enums';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { DocumentForm } from './DocumentForm';
import { DocumentTable } from './DocumentTable';
import { DocumentToolbar } from './DocumentToolbar';
import { MissingDocuments } from './MissingDocuments';
import { groupKinds, hasFilters, ofKind, useDocuments } from './useDocuments';

/** Which form is open: `key` renews the form each time so it starts from the document's values. */
interface Editing {
  key: number;
  open: boolean;
  document?: ArchiveDocument;
  kind: DocumentKind;
}

/** 文档: the year's plan, half-year and annual summaries and the members' 履职小结. */
export function DocumentsPage() {
  const year = useYear();
  const { items, filters, loading, loadError, load, clearFilters, remove, restore } = useDocuments();
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Editing>({ key: 0, open: false, kind: 'annual_plan' });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const openForm = (document?: ArchiveDocument, kind: DocumentKind = filters.kind ?? 'other') =>
    setEditing((e) => ({ key: e.key + 1, open: true, document, kind }));
  const closeForm = () => setEditing((e) => ({ ...e, open: false }));
  const deleteDocument = (d: ArchiveDocument) =>
    void deleteWithUndo({
      what: '文档',
      name: d.title,
      key: `document-deleted-${d.id}`,
      remove: () => remove(d.id),
      restore: () => restore(d.id),
    });

  const shown = ofKind(items, filters.kind);
  const missing =
    filters.q.trim() || loading || loadError ? [] : groupKinds.filter((k) => !items.some((d) => d.kind === k));
  let body;
  if (loadError) {
    body = (
      <Result
        status="error"
        title="读取文档失败"
        subTitle={loadError.message}
        extra={<Button onClick={() => void load(year)}>重试</Button>}
      />
    );
  } else if (shown.length === 0 && !loading) {
    body = hasFilters(filters) ? (
      <Empty description="没有符合条件的文档。可以换个搜索词，或清除筛选条件。">
        <Button onClick={clearFilters}>清除筛选</Button>
      </Empty>
    ) : (
      <Empty
        description={`${year}年还没有文档。年初写工作计划，年中写半年小结，年底写年度总结，委员的履职小结也可以收在这里。`}
      >
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(undefined, 'annual_plan')}>
          撰写{year}年工作计划
        </Button>
      </Empty>
    );
  } else {
    body = <DocumentTable items={shown} loading={loading} onEdit={openForm} onDelete={deleteDocument} />;
  }

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          文档
        </Typography.Title>
        <YearSwitch />
      </Flex>
      <DocumentToolbar onAdd={() => openForm()} />
      {items.length > 0 && <MissingDocuments year={year} kinds={missing} onWrite={(k) => openForm(undefined, k)} />}
      {body}
      {/* Mounted once first opened: the form reads the roster when it starts. */}
      {editing.key > 0 && (
        <DocumentForm
          key={editing.key}
          open={editing.open}
          year={year}
          document={editing.document}
          kind={editing.kind}
          onClose={closeForm}
        />
      )}
    </Flex>
  );
}
