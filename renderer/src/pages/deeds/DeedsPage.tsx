import { useEffect } from 'react';
import type { Deed } from '../../../../shared/contract/deeds';
import { call } from '../../api/client';
import { useFormSlot } from '../../forms/useFormSlot';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { hasFilters } from '../../lists/listFilters';
import { ListEmpty } from '../../lists/ListEmpty';
import { ListPage } from '../../lists/ListPage';
import { useDeleteRecord } from '../../lists/useDeleteRecord';
import { useRecordAddress } from '../../shell/useRecordAddress';
import { DeedForm } from './DeedForm';
import { DeedTable } from './DeedTable';
import { DeedToolbar } from './DeedToolbar';
import { useDeeds } from './useDeeds';

/** 先进事迹: the members' exemplary deeds of the year, for publicity and the year's archive. */
export function DeedsPage() {
  const year = useYear();
  const { items, total, page, pageSize, filters, loading, loadError } = useDeeds();
  const { load, turnPage, clearFilters, remove, restore } = useDeeds();
  const deleteDeed = useDeleteRecord<Deed>({ what: '先进事迹', kind: 'deed', remove, restore });
  const { slot, openForm, closeForm } = useFormSlot<Deed>();
  const record = useRecordAddress<Deed>({
    section: 'deeds',
    read: (id) => call('deeds.get', { id }),
    show: openForm,
    hide: closeForm,
  });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  return (
    <ListPage
      title="先进事迹"
      heading={<YearSwitch />}
      toolbar={<DeedToolbar onAdd={() => openForm()} />}
      loadError={loadError}
      onRetry={() => void load(year)}
      empty={
        total === 0 &&
        !loading && (
          <ListEmpty
            what="先进事迹"
            filtered={hasFilters(filters)}
            onClearFilters={clearFilters}
            description={`${year}年还没有记录先进事迹。委员的好人好事、获得的表彰和媒体报道都可以记在这里，年底一并归档。`}
            addLabel="记录第一条先进事迹"
            onAdd={() => openForm()}
          />
        )
      }
      list={
        <DeedTable
          items={items}
          total={total}
          page={page}
          pageSize={pageSize}
          loading={loading}
          onPage={turnPage}
          onEdit={record.open}
          onDelete={deleteDeed}
        />
      }
    >
      {/* Mounted once first opened: the form reads the roster when it starts. */}
      {slot.key > 0 && <DeedForm key={slot.key} open={slot.open} year={year} deed={slot.record} onClose={record.close} />}
    </ListPage>
  );
}
