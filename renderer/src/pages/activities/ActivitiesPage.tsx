import { useEffect, useState } from 'react';
import type { Activity } from '../../../../shared/contract/activities';
import { call } from '../../api/client';
import { useFormSlot } from '../../forms/useFormSlot';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { hasFilters } from '../../lists/listFilters';
import { ListEmpty } from '../../lists/ListEmpty';
import { ListPage } from '../../lists/ListPage';
import { useDeleteRecord } from '../../lists/useDeleteRecord';
import { useRecordAddress } from '../../shell/useRecordAddress';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityForm } from './ActivityForm';
import { ActivityTable } from './ActivityTable';
import { ActivityToolbar } from './ActivityToolbar';
import { JielongModal } from './jielong/JielongModal';
import { SignInModal } from './signIn/SignInModal';
import { useActivities } from './useActivities';

/** 活动: the year's activities as a list or on a calendar; add, edit and delete them. */
export function ActivitiesPage() {
  const year = useYear();
  const { items, total, page, pageSize, query, filters, view, loading, loadError } = useActivities();
  const { load, turnPage, clearFilters, remove, restore } = useActivities();
  const deleteActivity = useDeleteRecord<Activity>({ what: '活动', kind: 'activity', remove, restore });
  const { slot, openForm, closeForm } = useFormSlot<Activity>();
  const record = useRecordAddress<Activity>({
    section: 'activities',
    read: (id) => call('activities.get', { id }),
    show: openForm,
    hide: closeForm,
  });
  const [jielongFor, setJielongFor] = useState<Activity>();
  const [signInFor, setSignInFor] = useState<Activity>();

  useEffect(() => {
    void load(year);
  }, [load, year]);

  return (
    <ListPage
      title="活动"
      heading={<YearSwitch />}
      toolbar={<ActivityToolbar onAdd={() => openForm()} onImported={() => void load()} />}
      loadError={loadError}
      onRetry={() => void load(year)}
      // The calendar shows its empty months itself.
      empty={
        view === 'list' &&
        total === 0 &&
        !loading && (
          <ListEmpty
            what="活动"
            filtered={hasFilters(filters)}
            onClearFilters={clearFilters}
            description={`${year}年还没有活动记录。添加一次活动，记下时间、地点、内容、责任人（四落实）和委员出勤；往年在 Excel 里记的台账，可用上方的“导入往年台账”一次导入。`}
            addLabel="添加第一次活动"
            onAdd={() => openForm()}
          />
        )
      }
      list={
        view === 'calendar' ? (
          <ActivityCalendar key={year} year={year} query={query} onEdit={record.open} />
        ) : (
          <ActivityTable
            items={items}
            total={total}
            page={page}
            pageSize={pageSize}
            loading={loading}
            onPage={turnPage}
            onEdit={record.open}
            onDelete={deleteActivity}
            onJielong={setJielongFor}
            onSignIn={setSignInFor}
          />
        )
      }
    >
      {/* Mounted once first opened: the form reads the roster and the plan when it starts. */}
      {slot.key > 0 && (
        <ActivityForm
          key={slot.key}
          open={slot.open}
          year={year}
          activity={slot.record}
          onClose={record.close}
          onSaved={() => void load()}
        />
      )}
      {jielongFor && (
        <JielongModal activity={jielongFor} onClose={() => setJielongFor(undefined)} onApplied={() => void load()} />
      )}
      {signInFor && (
        <SignInModal activity={signInFor} onClose={() => setSignInFor(undefined)} onConfirmed={() => void load()} />
      )}
    </ListPage>
  );
}
