import { CalendarOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { useState } from 'react';
import type { Activity } from '../../../../shared/contract/activities';
import { ActivityStatus, ActivityType } from '../../../../shared/enums';
import { quarterLabel, quarters } from '../../../../shared/zhDates';
import { choices } from '../../forms/choices';
import { useYear } from '../../forms/workingYear';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityForm } from './ActivityForm';
import { ActivityTable } from './ActivityTable';
import { LedgerImportButton } from './ledgerImport/LedgerImportButton';
import { JielongModal } from './jielong/JielongModal';
import { SignInModal } from './signIn/SignInModal';
import { useActivities, type ActivityView } from './useActivities';

const quarterOptions = quarters.map((q) => ({ value: q, label: quarterLabel(q) }));
const viewOptions = [
  { value: 'list' as const, label: '列表', icon: <UnorderedListOutlined /> },
  { value: 'calendar' as const, label: '日历', icon: <CalendarOutlined /> },
];

/** 活动: the year's activities as a list or on a calendar; add, edit and delete them. */
export function ActivitiesPage() {
  const year = useYear();
  const list = useActivities();
  const page = useRecordList(list, 'activities', { year });
  const [jielongFor, setJielongFor] = useState<Activity>();
  const [signInFor, setSignInFor] = useState<Activity>();
  const reload = () => void list.load();

  return (
    <RecordListPage
      page={page}
      toolbar={{
        placeholder: '活动名称、地点或内容',
        searchWidth: 220,
        choices: [
          { key: 'type', label: '活动类型', options: choices(ActivityType), width: 140 },
          { key: 'status', label: '状态', options: choices(ActivityStatus), width: 110 },
          { key: 'quarter', label: '季度', options: quarterOptions, width: 110 },
        ],
        tools: (
          <>
            <Segmented<ActivityView> options={viewOptions} value={list.view} onChange={list.show} />
            <LedgerImportButton onImported={reload} />
          </>
        ),
        add: '添加活动',
      }}
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
