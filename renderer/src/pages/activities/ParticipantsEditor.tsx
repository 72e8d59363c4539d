import { DeleteOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Radio, Select, Table, Typography, type FormInstance } from 'antd';
import type { MemberName } from '../../../../shared/contract/members';
import { Attendance } from '../../../../shared/enums';
import { attendanceCounts } from './activityLooks';
import type { ActivityFormValues, SheetRow } from './activityFormValues';
import { choices } from '../../forms/choices';

const attendanceOptions = choices(Attendance);
const NO_SECTOR = '（未填界别）';

interface Props {
  form: FormInstance<ActivityFormValues>;
  /** Serving members, to pick from. */
  roster: MemberName[];
}

const sheetRow = (m: MemberName): SheetRow => ({
  memberId: m.id,
  memberName: m.name,
  attendance: 'present',
  leaveReason: '',
  role: null,
});

/**
 * The attendance sheet (签到表) inside the activity form: add members one by one, all serving
 * members, or a whole 界别; mark each 出席 / 请假 / 缺席 with the arrow keys, Tab to the next.
 */
export function ParticipantsEditor({ form, roster }: Props) {
  const sheet: SheetRow[] = Form.useWatch('participants', { form, preserve: true }) ?? [];
  const onSheet = new Set(sheet.map((p) => p.memberId));
  const notOnSheet = roster.filter((m) => !onSheet.has(m.id));
  const sectors = [...new Set(notOnSheet.map((m) => m.sector ?? NO_SECTOR))].sort((a, b) => a.localeCompare(b, 'zh'));
  const counts = attendanceCounts(sheet);

  const add = (members: MemberName[]) =>
    form.setFieldValue('participants', [...(form.getFieldValue('participants') ?? []), ...members.map(sheetRow)]);

  function markAll() {
    const rows: SheetRow[] = form.getFieldValue('participants') ?? [];
    form.setFieldValue(
      'participants',
      rows.map((r) => ({ ...r, attendance: 'present', leaveReason: '' })),
    );
  }

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Select<number>
          aria-label="添加委员"
          placeholder="添加委员（输入姓名）"
          showSearch={{ optionFilterProp: 'label' }}
          value={null}
          options={notOnSheet.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(id) => add(notOnSheet.filter((m) => m.id === id))}
          notFoundContent="名册中没有可添加的在任委员"
          style={{ width: 180 }}
        />
        <Select<string>
          aria-label="按界别添加"
          placeholder="按界别添加"
          value={null}
          options={sectors.map((s) => ({
            value: s,
            label: `${s}（${notOnSheet.filter((m) => (m.sector ?? NO_SECTOR) === s).length}人）`,
          }))}
          onChange={(s) => add(notOnSheet.filter((m) => (m.sector ?? NO_SECTOR) === s))}
          notFoundContent="没有可添加的委员"
          style={{ width: 180 }}
        />
        <Button icon={<UsergroupAddOutlined />} disabled={notOnSheet.length === 0} onClick={() => add(notOnSheet)}>
          添加全部在任委员{notOnSheet.length > 0 ? `（${notOnSheet.length}人）` : ''}
        </Button>
        {sheet.length > 0 && <Button onClick={markAll}>全部设为出席</Button>}
      </Flex>
      <Form.List name="participants">
        {(fields, { remove }) => (
          <Table
            size="small"
            rowKey="key"
            dataSource={fields}
            pagination={false}
            locale={{ emptyText: '还没有参加人员。用上面的按钮从名册添加，默认记为出席。' }}
            footer={
              sheet.length > 0
                ? () => (
                    <Typography.Text type="secondary">
                      共 {sheet.length} 人：出席 {counts.present}，请假 {counts.excused}，缺席 {counts.absent}
                    </Typography.Text>
                  )
                : undefined
            }
            columns={[
              {
                title: '姓名',
                key: 'name',
                width: 110,
                render: (_, f) => sheet[f.name]?.memberName,
              },
              {
                title: '出勤',
                key: 'attendance',
                width: 200,
                render: (_, f) => (
                  <Form.Item name={[f.name, 'attendance']} noStyle>
                    <Radio.Group
                      aria-label={`${sheet[f.name]?.memberName ?? ''}的出勤`}
                      options={attendanceOptions}
                      optionType="button"
                      buttonStyle="solid"
                      size="small"
                      onChange={(e) => {
                        // A reason belongs to 请假 only; another choice drops it.
                        if (e.target.value !== 'excused')
                          form.setFieldValue(['participants', f.name, 'leaveReason'], '');
                      }}
                    />
                  </Form.Item>
                ),
              },
              {
                title: '请假事由',
                key: 'leaveReason',
                render: (_, f) => <ReasonCell index={f.name} name={sheet[f.name]?.memberName ?? ''} />,
              },
              {
                title: '',
                key: 'remove',
                width: 48,
                render: (_, f) => (
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={`移除${sheet[f.name]?.memberName ?? ''}`}
                    onClick={() => remove(f.name)}
                  />
                ),
              },
            ]}
          />
        )}
      </Form.List>
    </Flex>
  );
}

/** 请假 needs a reason ("请假 with a reason, asked in advance"); the other choices take none. */
function ReasonCell({ index, name }: { index: number; name: string }) {
  const attendancePath = ['participants', index, 'attendance'];
  return (
    <Form.Item noStyle dependencies={[attendancePath]}>
      {({ getFieldValue }) => {
        const excused = getFieldValue(attendancePath) === 'excused';
        return (
          <Form.Item
            name={[index, 'leaveReason']}
            style={{ margin: 0 }}
            dependencies={[attendancePath]}
            rules={[
              {
                validator: async (_, reason?: string) => {
                  if (getFieldValue(attendancePath) === 'excused' && !reason?.trim()) throw new Error('请填写请假事由');
                },
              },
            ]}
          >
            <Input
              size="small"
              disabled={!excused}
              maxLength={200}
              aria-label={`${name}的请假事由`}
              placeholder={excused ? '必填，如 外出开会' : ''}
            />
          </Form.Item>
        );
      }}
    </Form.Item>
  );
}
