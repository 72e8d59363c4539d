import type { ArchiveDocument } from '../../../../shared/contract/documents';
import { DocumentKind } from '../../../../shared/enums';
import { choices } from '../../forms/choices';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { DocumentForm } from './DocumentForm';
import { DocumentTable } from './DocumentTable';
import { MissingDocuments } from './MissingDocuments';
import { groupKinds, useDocuments } from './useDocuments';
import { useMissingDocuments } from './useMissingDocuments';

/** What the document form opens with: the document to edit, or the kind a new one starts as. */
interface DocumentSlot {
  document?: ArchiveDocument;
  kind: DocumentKind;
}

/** 文档: the year's plan, half-year and annual summaries and the members' 履职小结. */
export function DocumentsPage() {
  const year = useYear();
  const list = useDocuments();
  const missing = useMissingDocuments(list.query);
  const page = useRecordList(list, 'documents', {
    year,
    toSlot: (document): DocumentSlot => ({ document, kind: document.kind }),
  });
  // A new document starts as the kind asked for.
  const write = (kind: DocumentKind = list.filters.kind ?? 'other') => page.openForm({ kind });

  // The year has documents, if not of the kind chosen: say what it lacks (with none, the empty list does).
  const anyThisYear = list.total > 0 || missing.length < groupKinds.length;
  return (
    <RecordListPage
      page={page}
      toolbar={{
        placeholder: '标题或正文',
        choices: [{ key: 'kind', label: '类别', options: choices(DocumentKind), width: 150 }],
        add: '撰写文档',
        onAdd: () => write(),
        after: anyThisYear && !list.loading && !list.loadError && (
          <MissingDocuments year={year} kinds={missing} onWrite={write} />
        ),
      }}
      empty={{
        description: `${year}年还没有文档。年初写工作计划，年中写半年小结，年底写年度总结，委员的履职小结也可以收在这里。`,
        addLabel: `撰写${year}年工作计划`,
        onAdd: () => write('annual_plan'),
      }}
      list={<DocumentTable rows={page.rows} />}
      form={(slot) =>
        slot.record && (
          <DocumentForm
            open={slot.open}
            year={year}
            document={slot.record.document}
            kind={slot.record.kind}
            onClose={slot.onClose}
          />
        )
      }
    />
  );
}
