import { Button, Flex, Typography } from 'antd';

interface Props {
  /** The form the save button submits, so Enter in a field and the button save alike. */
  formId: string;
  saving: boolean;
  onCancel(): void;
  hint?: string;
}

/** The keys that work, 取消 and 保存, under an add/edit form. */
export function FormFooter({ formId, saving, onCancel, hint = '按 Enter 保存，Esc 取消' }: Props) {
  return (
    <Flex justify="space-between" align="center">
      <Typography.Text type="secondary">{hint}</Typography.Text>
      <Flex gap={8}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" htmlType="submit" form={formId} loading={saving}>
          保存
        </Button>
      </Flex>
    </Flex>
  );
}
