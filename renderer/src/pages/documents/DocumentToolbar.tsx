import { DocumentKind } from '../../../../shared/enums';
import { choices } from '../../forms/choices';
import { AddButton } from '../../lists/AddButton';
import { ListToolbar } from '../../lists/ListToolbar';
import { useDocuments } from './useDocuments';

/** Search box, the kind filter and the button to write a new document. */
export function DocumentToolbar({ onAdd }: { onAdd(): void }) {
  return (
    <ListToolbar
      list={useDocuments()}
      searchLabel="搜索文档"
      placeholder="标题或正文"
      choices={[{ key: 'kind', label: '类别', options: choices(DocumentKind), width: 150 }]}
    >
      <AddButton onClick={onAdd}>撰写文档</AddButton>
    </ListToolbar>
  );
}
