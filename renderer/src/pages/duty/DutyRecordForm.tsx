import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { DutyMatrix } from '../../../../shared/contract/duty';
import { dutyRecordFields } from '../../../../shared/contract/dutyRecords';
import { showFailure } from '../../api/showFailure';
import { useConfirmDiscard } from '../../forms/useConfirmDiscard';
import { zodRules, fieldItem } from '../../forms/zodRule';
import { dutyRecordInput, type DutyRecordValues } from './dutyRecordValues';
import { useDuty } from './useDuty';

interface Props {
  open: boolean;
  matrix: DutyMatrix;
  /** Member and item already chosen, when opened from a cell. */
  initial: DutyRecordValues;
  onClose(): void;
}

/** 登记履职记录: a duty item done that no activity or record in the archive shows, with its evidence. */
export function DutyRecordForm({ open, matrix, initial, onClose }: Props) {
  const { message } = App.useApp();
  const mayClose = useConfirmDiscard();
  const [form] = Form.useForm<DutyRecordValues>();
  const [saving, setSaving] = useState(false);
  const addRecord = useDuty((s) => s.addRecord);
  const toInput = (v: DutyRecordValues) => dutyRecordInput(matrix.year, v);
  const rule = zodRules(dutyRecordFields, toInput);
  const item = fieldItem(rule);

  async function requestClose() {
    const now = form.getFieldsValue(true) as DutyRecordValues;
    if (await mayClose(JSON.stringify(toInput(now)) !== JSON.stringify(toInput(initial)))) onClose();
  }

  async function submit() {
    setSaving(true);
    const r = await addRecord(toInput(form.getFieldsValue(true) as DutyRecordValues));
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form });
    message.success(`已为${r.value.memberName}登记“${r.value.itemLabel ?? r.value.itemCode}”`);
    onClose();
  }

  return (
    <Modal
      open={open}
      title={`登记${matrix.year}年履职记录`}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={requestClose}
      width={560}
      destroyOnHidden
    >
      <Form<DutyRecordValues> name="dutyRecord" form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item {...item('memberId', '委员')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择委员"
            options={matrix.rows.map((r) => ({ value: r.member.id, label: r.member.name }))}
          />
        </Form.Item>
        <Form.Item {...item('itemCode', '履职事项')} required>
          <Select
            placeholder={`“${matrix.scheme.name}”中的事项`}
            options={matrix.scheme.items.map((i) => ({ value: i.code, label: i.label }))}
          />
        </Form.Item>
        <Form.Item {...item('doneOn', '日期', true)}>
          <Input placeholder="如 2026-05-14" />
        </Form.Item>
        <Form.Item {...item('description', '履职内容')} required>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="如 走访联系村困难群众，收集意见 3 条" />
        </Form.Item>
        <Form.Item {...item('evidence', '佐证材料')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="如 走访记录表、照片存于联络组档案盒" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
