import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { DocumentKind } from '../../../../shared/enums';

interface Props {
  year: number;
  /** The plan and summaries the year does not have yet. */
  kinds: DocumentKind[];
  onWrite(kind: DocumentKind): void;
}

/** "年初有工作计划，半年有工作小结，年终有工作总结": which of the three the year's volume still lacks. */
export function MissingDocuments({ year, kinds, onWrite }: Props) {
  if (kinds.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={`${year}年档案还缺：${kinds.map((k) => DocumentKind.label(k)).join('、')}`}
      action={
        <Flex gap={8} wrap>
          {kinds.map((k) => (
            <Button key={k} size="small" icon={<EditOutlined />} onClick={() => onWrite(k)}>
              撰写{DocumentKind.label(k)}
            </Button>
          ))}
        </Flex>
      }
    />
  );
}
