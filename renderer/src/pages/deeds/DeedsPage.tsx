import { Button, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Deed } from '../../../../shared/contract/deeds';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { DeedForm } from './DeedForm';
import { DeedsEmpty } from './DeedsEmpty';
import { DeedTable } from './DeedTable';
import { DeedToolbar } from './DeedToolbar';
import { hasFilters, useDeeds } from './useDeeds';

/** Which form is open: `key` renews the form each time so it starts from the deed's values. */
interface Editing {
  key: number;
  open: boolean;
  deed?: Deed;
}

/** 先进事迹: the members' exemplary deeds of the year, for publicity and the year's archive. */
export function DeedsPage() {
  const year = useYear();
  const { items, filters, loading, loadError, load, clearFilters, remove, restore } = useDeeds();
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Editing>({ key: 0, open: false });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const openForm = (deed?: Deed) => setEditing((e) => ({ key: e.key + 1, open: true, deed }));
  const closeForm = () => setEditing((e) => ({ ...e, open: false }));
  const deleteDeed = (p: Deed) =>
    void deleteWithUndo({
      what: '先进事迹',
      name: p.title,
      key: `deed-deleted-${p.id}`,
      remove: () => remove(p.id),
      restore: () => restore(p.id),
    });

  let body;
  if (loadError) {
    body = (
      <Result
        status="error"
        title="读取先进事迹失败"
        subTitle={loadError.message}
        extra={<Button onClick={() => void load(year)}>重试</Button>}
      />
    );
  } else if (items.length === 0 && !loading) {
    body = (
      <DeedsEmpty year={year} filtered={hasFilters(filters)} onAdd={() => openForm()} onClearFilters={clearFilters} />
    );
  } else {
    body = <DeedTable items={items} loading={loading} onEdit={openForm} onDelete={deleteDeed} />;
  }

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          先进事迹
        </Typography.Title>
        <YearSwitch />
      </Flex>
      <DeedToolbar onAdd={() => openForm()} />
      {body}
      {/* Mounted once first opened: the form reads the roster when it starts. */}
      {editing.key > 0 && (
        <DeedForm key={editing.key} open={editing.open} year={year} deed={editing.deed} onClose={closeForm} />
      )}
    </Flex>
  );
}
