import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { ActivityType, CreditKind } from '../../../../shared/enums';
import { itemFieldRule } from './schemeValues';
import { choices } from '../../forms/choices';

const typeOptions = choices(ActivityType);
const kindOptions = choices(CreditKind);

interface Props {
  /** The item's index in the form's list. */
  name: number;
  onRemove(): void;
}

/** One item of a scheme: what it is called, how often a year, and what counts toward it. */
export function SchemeItemFields({ name, onRemove }: Props) {
  return (
    <Card
      size="small"
      title={`第${name + 1}项`}
      extra={
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删去第${name + 1}项`} onClick={onRemove} />
      }
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name={[name, 'label']} label="事项名称" rules={[itemFieldRule('label')]} required>
            <Input placeholder="如 一次工作调研" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name={[name, 'code']}
            label="事项代码"
            rules={[itemFieldRule('code')]}
            required
            tooltip="履职记录按代码记在事项下，只用字母、数字，如 research"
          >
            <Input placeholder="如 research" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={[name, 'requiredCount']} label="每年应完成" rules={[itemFieldRule('requiredCount')]}>
            <InputNumber min={0} max={100} precision={0} suffix="次" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={[name, 'creditActivityTypes']} label="出席这些类型的活动时计入">
            <Select mode="multiple" allowClear options={typeOptions} placeholder="不选则活动不计入" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={[name, 'creditKinds']} label="委员有这些记录时计入">
            <Select mode="multiple" allowClear options={kindOptions} placeholder="不选则只能手工登记" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
