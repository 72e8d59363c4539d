import type { Deed } from '../../../../shared/contract/deeds';
import { call } from '../../api/client';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { DeedForm } from './DeedForm';
import { DeedTable } from './DeedTable';
import { DeedToolbar } from './DeedToolbar';
import { useDeeds } from './useDeeds';

/** 先进事迹: the members' exemplary deeds of the year, for publicity and the year's archive. */
export function DeedsPage() {
  const year = useYear();
  const page = useRecordList<Deed>(useDeeds(), {
    section: 'deeds',
    read: (id) => call('deeds.get', { id }),
    year,
    what: '先进事迹',
    kind: 'deed',
  });
  return (
    <RecordListPage
      page={page}
      title="先进事迹"
      toolbar={<DeedToolbar onAdd={() => page.openForm()} />}
      empty={{
        description: `${year}年还没有记录先进事迹。委员的好人好事、获得的表彰和媒体报道都可以记在这里，年底一并归档。`,
        addLabel: '记录第一条先进事迹',
      }}
      list={<DeedTable rows={page.rows} />}
      form={(slot) => <DeedForm open={slot.open} year={year} deed={slot.record} onClose={slot.onClose} />}
    />
  );
}
