import { Button, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Activity } from '../../../../shared/contract/activities';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { ActivitiesEmpty } from './ActivitiesEmpty';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityForm } from './ActivityForm';
import { ActivityTable } from './ActivityTable';
import { ActivityToolbar } from './ActivityToolbar';
import { hasFilters, inQuarter, useActivities } from './useActivities';

/** Which form is open: `key` renews the form each time so it starts from the activity's values. */
interface Editing {
  key: number;
  open: boolean;
  activity?: Activity;
}

/** 活动: the year's activities as a list or on a calendar; add, edit and delete them. */
export function ActivitiesPage() {
  const year = useYear();
  const { items, filters, view, loading, loadError, load, clearFilters, remove, restore } = useActivities();
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Editing>({ key: 0, open: false });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const openForm = (activity?: Activity) => setEditing((e) => ({ key: e.key + 1, open: true, activity }));
  const closeForm = () => setEditing((e) => ({ ...e, open: false }));
  const deleteActivity = (a: Activity) =>
    void deleteWithUndo({
      what: '活动',
      name: a.title,
      key: `activity-deleted-${a.id}`,
      remove: () => remove(a.id),
      restore: () => restore(a.id),
    });

  const shown = inQuarter(items, filters.quarter);
  let body;
  if (loadError) {
    body = (
      <Result
        status="error"
        title="读取活动失败"
        subTitle={loadError.message}
        extra={<Button onClick={() => void load(year)}>重试</Button>}
      />
    );
  } else if (view === 'calendar') {
    body = <ActivityCalendar key={year} year={year} items={shown} onEdit={openForm} />;
  } else if (shown.length === 0 && !loading) {
    body = (
      <ActivitiesEmpty
        year={year}
        filtered={hasFilters(filters)}
        onAdd={() => openForm()}
        onClearFilters={clearFilters}
      />
    );
  } else {
    body = <ActivityTable items={shown} loading={loading} onEdit={openForm} onDelete={deleteActivity} />;
  }

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          活动
        </Typography.Title>
        <YearSwitch />
      </Flex>
      <ActivityToolbar onAdd={() => openForm()} />
      {body}
      {/* Mounted once first opened: the form reads the roster and the plan when it starts. */}
      {editing.key > 0 && (
        <ActivityForm
          key={editing.key}
          open={editing.open}
          year={year}
          activity={editing.activity}
          onClose={closeForm}
          onSaved={() => void load()}
        />
      )}
    </Flex>
  );
}
