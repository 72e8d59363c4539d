import { AdoptionLevel, OpinionReportStatus } from '../../../../shared/enums';
import { choices } from '../../forms/choices';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { OpinionReportForm } from './OpinionReportForm';
import { OpinionReportTable } from './OpinionReportTable';
import { useAdoptedCount } from './useAdoptedCount';
import { useOpinionReports } from './useOpinionReports';

/** 社情民意: the year's public-opinion reports, from draft through 报送 and 采用 to a leader's 批示. */
export function OpinionReportsPage() {
  const year = useYear();
  const list = useOpinionReports();
  const adopted = useAdoptedCount(list.query);
  const page = useRecordList(list, 'opinionReports', { year });
  return (
    <RecordListPage
      page={page}
      toolbar={{
        placeholder: '标题、内容或批示',
        choices: [
          { key: 'status', label: '状态', options: choices(OpinionReportStatus), width: 120 },
          { key: 'adoptedLevel', label: '采用层级', options: choices(AdoptionLevel), width: 160 },
        ],
        add: '添加社情民意',
      }}
      empty={{
        description: `${year}年还没有登记社情民意。委员写好的信息先登记为草稿或已报送，采用和批示情况可以随后补充。`,
        addLabel: '登记第一篇社情民意',
      }}
      list={<OpinionReportTable rows={page.rows} adopted={adopted} />}
      form={(slot) => <OpinionReportForm open={slot.open} year={year} report={slot.record} onClose={slot.onClose} />}
    />
  );
}
