import { DocumentKind } from '../../../../shared/enums';
import { AddButton } from '../../lists/AddButton';
import { FilterSelect } from '../../lists/FilterSelect';
import { ListToolbar } from '../../lists/ListToolbar';
import { useDocuments } from './useDocuments';

const kindOptions = DocumentKind.codes.map((c) => ({ value: c, label: DocumentKind.label(c) }));

/** Search box, the kind filter and the button to write a new document. */
export function DocumentToolbar({ onAdd }: { onAdd(): void }) {
  const { filters, search, filter } = useDocuments();
  return (
    <ListToolbar searchLabel="搜索文档" placeholder="标题或正文" q={filters.q} onSearch={search}>
      <FilterSelect
        label="类别"
        value={filters.kind}
        options={kindOptions}
        onChange={(kind) => filter({ kind })}
        width={150}
      />
      <AddButton onClick={onAdd}>撰写文档</AddButton>
    </ListToolbar>
  );
}
