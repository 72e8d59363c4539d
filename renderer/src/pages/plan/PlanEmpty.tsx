import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex } from 'antd';

interface Props {
  year: number;
  onAdd(): void;
  onCopy(): void;
}

/** An empty year: the two ways to start its plan. */
export function PlanEmpty({ year, onAdd, onCopy }: Props) {
  return (
    <Empty description={`${year}年还没有工作计划。可以逐条添加计划事项，也可以把${year - 1}年的计划复制过来再调整。`}>
      <Flex gap={8} justify="center">
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
          添加第一条计划事项
        </Button>
        <Button icon={<CopyOutlined />} onClick={onCopy}>
          从{year - 1}年复制
        </Button>
      </Flex>
    </Empty>
  );
}
