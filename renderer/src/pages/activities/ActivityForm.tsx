import { App, Button, Divider, Drawer, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import type { Activity } from '../../../../shared/contract/activities';
import { activityCreate } from '../../../../shared/contract/activities';
import { showFailure } from '../../api/showFailure';
import { useConfirmDiscard } from '../../forms/useConfirmDiscard';
import { zodRules } from '../../forms/zodRule';
import { ActivityFields } from './ActivityFields';
import { activityToValues, newActivityValues, valuesToInput, type ActivityFormValues } from './activityFormValues';
import { AttachmentsPanel } from './AttachmentsPanel';
import { ParticipantsEditor } from './ParticipantsEditor';
import { formChanged, saveActivity } from './saveActivity';
import { usePlanItems, useRoster } from './useRoster';

const FORM_ID = 'activity-form';
const rule = zodRules(activityCreate, valuesToInput);

interface Props {
  open: boolean;
  /** The working year: the plan items offered are of the activity's year, else of this one. */
  year: number;
  /** The activity to edit; none to add a new one. */
  activity?: Activity;
  onClose(): void;
  /** After the archive took the activity, to refresh the list. */
  onSaved(activity: Activity): void;
}

/**
 * Add or edit one activity in a drawer: the 四落实, its outcome, the attendance sheet and its
 * files. Enter saves (the save button is the form's submit button), Esc or 取消 closes, asking
 * first when something was changed.
 */
export function ActivityForm({ open, year, activity, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const mayClose = useConfirmDiscard();
  const [form] = Form.useForm<ActivityFormValues>();
  const [saving, setSaving] = useState(false);
  const roster = useRoster();
  const startsOn: string | undefined = Form.useWatch('startsOn', form);
  const planItems = usePlanItems(Number(/^\d{4}/.exec(startsOn ?? '')?.[0] ?? year));
  const initial = activity ? activityToValues(activity) : newActivityValues();

  const changed = () => formChanged(initial, form.getFieldsValue(true) as ActivityFormValues);

  async function requestClose() {
    if (await mayClose(changed())) onClose();
  }

  async function submit() {
    if (activity && !changed()) return onClose();
    setSaving(true);
    const r = await saveActivity({ ...initial, ...(form.getFieldsValue(true) as ActivityFormValues) }, activity);
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form, pathPrefix: activity ? 'patch.' : '' });
    message.success(activity ? `已保存活动“${r.value.title}”` : `已添加活动“${r.value.title}”`);
    onSaved(r.value);
    onClose();
  }

  return (
    <Drawer
      open={open}
      title={activity ? `编辑活动：${activity.title}` : '添加活动'}
      size={800}
      onClose={requestClose}
      // 活动名称 takes the focus (autoFocus), not the drawer's panel.
      autoFocus={false}
      footer={
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">按 Enter 保存，Esc 取消</Typography.Text>
          <Flex gap={8}>
            <Button onClick={requestClose}>取消</Button>
            <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving}>
              保存
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Form<ActivityFormValues>
        id={FORM_ID}
        name="activity"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        scrollToFirstError
      >
        <ActivityFields form={form} rule={rule} planItems={planItems} />
        <Divider titlePlacement="start" plain>
          参加人员与出勤
        </Divider>
        <ParticipantsEditor form={form} roster={roster} />
      </Form>
      <Divider titlePlacement="start" plain>
        照片和附件
      </Divider>
      {activity ? (
        <AttachmentsPanel activityId={activity.id} />
      ) : (
        <Typography.Text type="secondary">保存活动后，即可在这里添加会议通知、材料和活动照片。</Typography.Text>
      )}
    </Drawer>
  );
}
