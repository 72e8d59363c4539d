import type { OpinionReport } from '../../../../shared/contract/opinionReports';
import { call } from '../../api/client';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { OpinionReportForm } from './OpinionReportForm';
import { OpinionReportTable } from './OpinionReportTable';
import { OpinionReportToolbar } from './OpinionReportToolbar';
import { useAdoptedCount } from './useAdoptedCount';
import { useOpinionReports } from './useOpinionReports';

/** 社情民意: the year's public-opinion reports, from draft through 报送 and 采用 to a leader's 批示. */
export function OpinionReportsPage() {
  const year = useYear();
  const list = useOpinionReports();
  const adopted = useAdoptedCount(list.query);
  const page = useRecordList<OpinionReport>(list, {
    section: 'opinionReports',
    read: (id) => call('opinionReports.get', { id }),
    year,
    what: '社情民意',
    kind: 'report',
  });
  return (
    <RecordListPage
      page={page}
      title="社情民意"
      toolbar={<OpinionReportToolbar onAdd={() => page.openForm()} />}
      empty={{
        description: `${year}年还没有登记社情民意。委员写好的信息先登记为草稿或已报送，采用和批示情况可以随后补充。`,
        addLabel: '登记第一篇社情民意',
      }}
      list={<OpinionReportTable rows={page.rows} adopted={adopted} />}
      form={(slot) => <OpinionReportForm open={slot.open} year={year} report={slot.record} onClose={slot.onClose} />}
    />
  );
}
