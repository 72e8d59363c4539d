import { Divider, Form, Typography } from 'antd';
import type { Activity } from '../../../../shared/contract/activities';
import { activityCreate } from '../../../../shared/contract/activities';
import { EntityDrawer } from '../../forms/EntityDrawer';
import { useEntityForm } from '../../forms/useEntityForm';
import { zodRules } from '../../forms/zodRule';
import { ActivityFields } from './ActivityFields';
import { activityToValues, newActivityValues, valuesToInput, type ActivityFormValues } from './activityFormValues';
import { ActivityPrintMenu } from './ActivityPrintMenu';
import { AttachmentsPanel } from './AttachmentsPanel';
import { ParticipantsEditor } from './ParticipantsEditor';
import { formChanged, saveActivity } from './saveActivity';
import { useMemberNames } from '../../members/useMemberNames';
import { usePlanItems } from './usePlanItems';

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
  const [form] = Form.useForm<ActivityFormValues>();
  const roster = useMemberNames('active');
  const startsOn: string | undefined = Form.useWatch('startsOn', form);
  const planItems = usePlanItems(Number(/^\d{4}/.exec(startsOn ?? '')?.[0] ?? year));
  const initial = activity ? activityToValues(activity) : newActivityValues();
  // The sheet is saved row by row (saveActivity), so the form hands over its values as they are.
  const entity = useEntityForm({
    open,
    form,
    record: activity,
    initial,
    toInput: (v: ActivityFormValues) => v,
    save: (values) => saveActivity(values, activity),
    changed: formChanged,
    savedMessage: (a) => (activity ? `已保存活动“${a.title}”` : `已添加活动“${a.title}”`),
    onSaved,
    onClose,
  });

  return (
    <EntityDrawer
      name="activity"
      open={open}
      title={activity ? `编辑活动：${activity.title}` : '添加活动'}
      size={800}
      entity={entity}
      form={form}
      initialValues={initial}
      extra={activity && <ActivityPrintMenu activity={activity} unsaved={entity.changed} />}
      after={
        <>
          <Divider titlePlacement="start" plain>
            照片和附件
          </Divider>
          {activity ? (
            <AttachmentsPanel activityId={activity.id} />
          ) : (
            <Typography.Text type="secondary">保存活动后，即可在这里添加会议通知、材料和活动照片。</Typography.Text>
          )}
        </>
      }
    >
      <ActivityFields form={form} rule={rule} planItems={planItems} />
      <Divider titlePlacement="start" plain>
        参加人员与出勤
      </Divider>
      <ParticipantsEditor form={form} roster={roster} />
    </EntityDrawer>
  );
}
