import type { OpinionReport } from '../../../../shared/contract/opinionReports';
import { opinionReportCreate } from '../../../../shared/contract/opinionReports';
import { EntityDrawer } from '../../forms/EntityDrawer';
import { useRecordForm } from '../../forms/useRecordForm';
import { OpinionReportFields } from './OpinionReportFields';
import { newOpinionReportValues, opinionReportToValues, opinionReportValuesToInput } from './opinionReportFormValues';
import { useMemberOptions } from '../../members/useMemberOptions';
import { useOpinionReports } from './useOpinionReports';

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
export function OpinionReportForm({ open, year, report, onClose }: Props) {
  const save = useOpinionReports((s) => s.save);
  const members = useMemberOptions(report?.authors);
  const { form, rule, drawer } = useRecordForm({
    open,
    year,
    record: report,
    schema: opinionReportCreate,
    toValues: opinionReportToValues,
    newValues: newOpinionReportValues,
    valuesToInput: opinionReportValuesToInput,
    save,
    savedMessage: (r) => (report ? `已保存社情民意“${r.title}”` : `已添加社情民意“${r.title}”`),
    onClose,
  });

  return (
    <EntityDrawer name="report" title={report ? `编辑社情民意：${report.title}` : `添加${year}年社情民意`} {...drawer}>
      <OpinionReportFields form={form} rule={rule} members={members} />
    </EntityDrawer>
  );
}
