import { App, Button, Drawer, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import type { OpinionReport } from '../../../../shared/contract/reports';
import { reportCreate } from '../../../../shared/contract/reports';
import { showFailure } from '../../api/showFailure';
import { changedFields } from '../../forms/changedFields';
import { useConfirmDiscard } from '../../forms/useConfirmDiscard';
import { zodRules } from '../../forms/zodRule';
import { ReportFields } from './ReportFields';
import { newReportValues, reportToValues, reportValuesToInput, type ReportFormValues } from './reportFormValues';
import { useMemberOptions } from '../proposals/useMemberOptions';
import { useReports } from './useReports';

const FORM_ID = 'report-form';

interface Props {
  open: boolean;
  year: number;
  /** The report to edit; none to add a new one. */
  report?: OpinionReport;
  onClose(): void;
}

/**
 * Add or edit one 社情民意 from writing to 采用 and 批示, in a drawer. Enter saves (the save button is
 * the form's submit button), Esc or 取消 closes, asking first when something was changed.
 */
export function ReportForm({ open, year, report, onClose }: Props) {
  const { message } = App.useApp();
  const mayClose = useConfirmDiscard();
  const [form] = Form.useForm<ReportFormValues>();
  const [saving, setSaving] = useState(false);
  const save = useReports((s) => s.save);
  const members = useMemberOptions(report?.authors);
  const initial = report ? reportToValues(report) : newReportValues;
  const toInput = (v: ReportFormValues) => reportValuesToInput(report?.year ?? year, v);
  const rule = zodRules(reportCreate, toInput);

  const changes = () => changedFields(toInput(initial), toInput(form.getFieldsValue(true) as ReportFormValues));

  async function requestClose() {
    if (await mayClose(Object.keys(changes()).length > 0)) onClose();
  }

  async function submit() {
    if (report && Object.keys(changes()).length === 0) return onClose();
    setSaving(true);
    const input = toInput(form.getFieldsValue(true) as ReportFormValues);
    const r = await save(input, report && { id: report.id, input: toInput(initial) });
    setSaving(false);
    if (!r.ok) return showFailure(r.error, { message, form, pathPrefix: report ? 'patch.' : '' });
    message.success(report ? `已保存社情民意“${r.value.title}”` : `已添加社情民意“${r.value.title}”`);
    onClose();
  }

  return (
    <Drawer
      open={open}
      title={report ? `编辑社情民意：${report.title}` : `添加${year}年社情民意`}
      size={760}
      onClose={requestClose}
      // 标题 takes the focus (autoFocus), not the drawer's panel.
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
      <Form<ReportFormValues>
        id={FORM_ID}
        name="report"
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        scrollToFirstError
      >
        <ReportFields form={form} rule={rule} members={members} />
      </Form>
    </Drawer>
  );
}
