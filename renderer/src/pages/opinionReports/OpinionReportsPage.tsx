import { useEffect } from 'react';
import type { OpinionReport } from '../../../../shared/contract/opinionReports';
import { call } from '../../api/client';
import { useFormSlot } from '../../forms/useFormSlot';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { hasFilters } from '../../lists/listFilters';
import { ListEmpty } from '../../lists/ListEmpty';
import { ListPage } from '../../lists/ListPage';
import { useDeleteRecord } from '../../lists/useDeleteRecord';
import { useRecordAddress } from '../../shell/useRecordAddress';
import { OpinionReportForm } from './OpinionReportForm';
import { OpinionReportTable } from './OpinionReportTable';
import { OpinionReportToolbar } from './OpinionReportToolbar';
import { useAdoptedCount } from './useAdoptedCount';
import { useOpinionReports } from './useOpinionReports';

/** 社情民意: the year's public-opinion reports, from draft through 报送 and 采用 to a leader's 批示. */
export function OpinionReportsPage() {
  const year = useYear();
  const { items, total, page, pageSize, query, filters, loading, loadError } = useOpinionReports();
  const { load, turnPage, clearFilters, remove, restore } = useOpinionReports();
  const adopted = useAdoptedCount(query);
  const deleteOpinionReport = useDeleteRecord<OpinionReport>({ what: '社情民意', kind: 'report', remove, restore });
  const { slot, openForm, closeForm } = useFormSlot<OpinionReport>();
  const record = useRecordAddress<OpinionReport>({
    section: 'opinionReports',
    read: (id) => call('opinionReports.get', { id }),
    show: openForm,
    hide: closeForm,
  });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  return (
    <ListPage
      title="社情民意"
      heading={<YearSwitch />}
      toolbar={<OpinionReportToolbar onAdd={() => openForm()} />}
      loadError={loadError}
      onRetry={() => void load(year)}
      empty={
        total === 0 &&
        !loading && (
          <ListEmpty
            what="社情民意"
            filtered={hasFilters(filters)}
            onClearFilters={clearFilters}
            description={`${year}年还没有登记社情民意。委员写好的信息先登记为草稿或已报送，采用和批示情况可以随后补充。`}
            addLabel="登记第一篇社情民意"
            onAdd={() => openForm()}
          />
        )
      }
      list={
        <OpinionReportTable
          items={items}
          total={total}
          adopted={adopted}
          page={page}
          pageSize={pageSize}
          loading={loading}
          onPage={turnPage}
          onEdit={record.open}
          onDelete={deleteOpinionReport}
        />
      }
    >
      {/* Mounted once first opened: the form reads the roster when it starts. */}
      {slot.key > 0 && (
        <OpinionReportForm key={slot.key} open={slot.open} year={year} report={slot.record} onClose={record.close} />
      )}
    </ListPage>
  );
}
