import { useEffect } from 'react';
import type { ArchiveDocument } from '../../../../shared/contract/documents';
import type { DocumentKind } from '../../../../shared/enums';
import { call } from '../../api/client';
import { useFormSlot } from '../../forms/useFormSlot';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { hasFilters } from '../../lists/listFilters';
import { ListEmpty } from '../../lists/ListEmpty';
import { ListPage } from '../../lists/ListPage';
import { useDeleteRecord } from '../../lists/useDeleteRecord';
import { useRecordAddress } from '../../shell/useRecordAddress';
import { DocumentForm } from './DocumentForm';
import { DocumentTable } from './DocumentTable';
import { DocumentToolbar } from './DocumentToolbar';
import { MissingDocuments } from './MissingDocuments';
import { groupKinds, useDocuments } from './useDocuments';
import { useMissingDocuments } from './useMissingDocuments';

/** 文档: the year's plan, half-year and annual summaries and the members' 履职小结. */
export function DocumentsPage() {
  const year = useYear();
  const { items, total, page, pageSize, query, filters, loading, loadError } = useDocuments();
  const { load, turnPage, clearFilters, remove, restore } = useDocuments();
  const missing = useMissingDocuments(query);
  const deleteDocument = useDeleteRecord<ArchiveDocument>({ what: '文档', kind: 'document', remove, restore });
  // A new document starts as the kind asked for.
  const { slot, openForm, closeForm } = useFormSlot<{ document?: ArchiveDocument; kind: DocumentKind }>();
  const openDocument = (document?: ArchiveDocument, kind: DocumentKind = filters.kind ?? 'other') =>
    openForm({ document, kind });
  const record = useRecordAddress<ArchiveDocument>({
    section: 'documents',
    read: (id) => call('documents.get', { id }),
    show: (document) => openForm({ document, kind: document.kind }),
    hide: closeForm,
  });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  // The year has documents, if not of the kind chosen: say what it lacks (with none, the empty list does).
  const anyThisYear = total > 0 || missing.length < groupKinds.length;
  return (
    <ListPage
      title="文档"
      heading={<YearSwitch />}
      toolbar={
        <>
          <DocumentToolbar onAdd={() => openDocument()} />
          {anyThisYear && !loading && !loadError && (
            <MissingDocuments year={year} kinds={missing} onWrite={(k) => openDocument(undefined, k)} />
          )}
        </>
      }
      loadError={loadError}
      onRetry={() => void load(year)}
      empty={
        total === 0 &&
        !loading && (
          <ListEmpty
            what="文档"
            filtered={hasFilters(filters)}
            onClearFilters={clearFilters}
            description={`${year}年还没有文档。年初写工作计划，年中写半年小结，年底写年度总结，委员的履职小结也可以收在这里。`}
            addLabel={`撰写${year}年工作计划`}
            onAdd={() => openDocument(undefined, 'annual_plan')}
          />
        )
      }
      list={
        <DocumentTable
          items={items}
          total={total}
          page={page}
          pageSize={pageSize}
          loading={loading}
          onPage={turnPage}
          onEdit={record.open}
          onDelete={deleteDocument}
        />
      }
    >
      {/* Mounted once first opened: the form reads the roster when it starts. */}
      {slot.key > 0 && slot.record && (
        <DocumentForm
          key={slot.key}
          open={slot.open}
          year={year}
          document={slot.record.document}
          kind={slot.record.kind}
          onClose={record.close}
        />
      )}
    </ListPage>
  );
}
