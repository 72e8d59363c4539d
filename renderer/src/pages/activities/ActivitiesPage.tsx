import { useState } from 'react';
import type { Activity } from '../../../../shared/contract/activities';
import { call } from '../../api/client';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
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
  const list = useActivities();
  const page = useRecordList<Activity>(list, {
    section: 'activities',
    read: (id) => call('activities.get', { id }),
    year,
    what: '活动',
    kind: 'activity',
  });
  const [jielongFor, setJielongFor] = useState<Activity>();
  const [signInFor, setSignInFor] = useState<Activity>();
  const reload = () => void list.load();

  return (
    <RecordListPage
      page={page}
      title="活动"
      toolbar={<ActivityToolbar onAdd={() => page.openForm()} onImported={reload} />}
      // The calendar shows its empty months itself.
      empty={
        list.view === 'list' && {
          description: `${year}年还没有活动记录。添加一次活动，记下时间、地点、内容、责任人（四落实）和委员出勤；往年在 Excel 里记的台账，可用上方的“导入往年台账”一次导入。`,
          addLabel: '添加第一次活动',
        }
      }
      list={
        list.view === 'calendar' ? (
          <ActivityCalendar key={year} year={year} query={list.query} onEdit={page.rows.onEdit} />
        ) : (
          <ActivityTable rows={page.rows} onJielong={setJielongFor} onSignIn={setSignInFor} />
        )
      }
      form={(slot) => (
        <ActivityForm open={slot.open} year={year} activity={slot.record} onClose={slot.onClose} onSaved={reload} />
      )}
    >
      {jielongFor && <JielongModal activity={jielongFor} onClose={() => setJielongFor(undefined)} onApplied={reload} />}
      {signInFor && <SignInModal activity={signInFor} onClose={() => setSignInFor(undefined)} onConfirmed={reload} />}
    </RecordListPage>
  );
}
