import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';

/** The grades from the highest down: each reached at or above its line; `below` for everyone else. */
export function GradeLevels() {
  return (
    <Flex vertical gap={8}>
      <Form.List name={['grades', 'levels']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, pos) => (
              <Flex key={field.key} gap={8} align="center">
                <Form.Item name={[field.name, 'label']} noStyle>
                  <Input aria-label={`第 ${pos + 1} 个等级名称`} maxLength={10} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'min']} noStyle>
                  <InputNumber<number>
                    aria-label={`第 ${pos + 1} 个等级分数线`}
                    min={0}
                    max={1000}
                    precision={0}
                    style={{ width: 100 }}
                  />
                </Form.Item>
                <Typography.Text>分及以上</Typography.Text>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`删除第 ${pos + 1} 个等级`}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              disabled={fields.length >= 6}
              onClick={() => add({ label: '', min: 0 })}
              style={{ alignSelf: 'start' }}
            >
              添加等级
            </Button>
          </>
        )}
      </Form.List>
      <Flex gap={8} align="center">
        <Typography.Text>低于以上分数线的为</Typography.Text>
        <Form.Item name={['grades', 'below']} noStyle>
          <Input aria-label="最低等级名称" maxLength={10} style={{ width: 120 }} />
        </Form.Item>
      </Flex>
    </Flex>
  );
}
