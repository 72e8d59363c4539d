import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { DocumentKind } from '../../../../shared/enums';
import { useDocuments } from './useDocuments';

const kindOptions = DocumentKind.codes.map((c) => ({ value: c, label: DocumentKind.label(c) }));

/** Search box, the kind filter and the button to write a new document. */
export function DocumentToolbar({ onAdd }: { onAdd(): void }) {
  const { filters, search, filter } = useDocuments();
  return (
    <Flex gap={8} wrap align="center">
      <Input
        aria-label="搜索文档"
        placeholder="标题或正文"
        prefix={<SearchOutlined />}
        allowClear
        value={filters.q}
        onChange={(e) => search(e.target.value)}
        style={{ width: 240 }}
      />
      <Select
        aria-label="类别"
        placeholder="类别"
        allowClear
        value={filters.kind}
        options={kindOptions}
        onChange={(kind?: DocumentKind) => filter({ kind })}
        style={{ width: 150 }}
      />
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} style={{ marginInlineStart: 'auto' }}>
        撰写文档
      </Button>
    </Flex>
  );
}
