import { Button, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { OpinionReport } from '../../../../shared/contract/reports';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';
import { useYear } from '../../forms/workingYear';
import { YearSwitch } from '../../forms/YearSwitch';
import { ReportForm } from './ReportForm';
import { ReportsEmpty } from './ReportsEmpty';
import { ReportTable } from './ReportTable';
import { ReportToolbar } from './ReportToolbar';
import { hasFilters, useReports, withLevel } from './useReports';

/** Which form is open: `key` renews the form each time so it starts from the report's values. */
interface Editing {
  key: number;
  open: boolean;
  report?: OpinionReport;
}

/** 社情民意: the year's public-opinion reports, from draft through 报送 and 采用 to a leader's 批示. */
export function ReportsPage() {
  const year = useYear();
  const { items, filters, loading, loadError, load, clearFilters, remove, restore } = useReports();
  const deleteWithUndo = useDeleteWithUndo();
  const [editing, setEditing] = useState<Editing>({ key: 0, open: false });

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const openForm = (report?: OpinionReport) => setEditing((e) => ({ key: e.key + 1, open: true, report }));
  const closeForm = () => setEditing((e) => ({ ...e, open: false }));
  const deleteReport = (p: OpinionReport) =>
    void deleteWithUndo({
      what: '社情民意',
      name: p.title,
      key: `report-deleted-${p.id}`,
      remove: () => remove(p.id),
      restore: () => restore(p.id),
    });

  const shown = withLevel(items, filters.adoptedLevel);
  let body;
  if (loadError) {
    body = (
      <Result
        status="error"
        title="读取社情民意失败"
        subTitle={loadError.message}
        extra={<Button onClick={() => void load(year)}>重试</Button>}
      />
    );
  } else if (shown.length === 0 && !loading) {
    body = (
      <ReportsEmpty year={year} filtered={hasFilters(filters)} onAdd={() => openForm()} onClearFilters={clearFilters} />
    );
  } else {
    body = <ReportTable items={shown} loading={loading} onEdit={openForm} onDelete={deleteReport} />;
  }

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={16}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          社情民意
        </Typography.Title>
        <YearSwitch />
      </Flex>
      <ReportToolbar onAdd={() => openForm()} />
      {body}
      {/* Mounted once first opened: the form reads the roster when it starts. */}
      {editing.key > 0 && (
        <ReportForm key={editing.key} open={editing.open} year={year} report={editing.report} onClose={closeForm} />
      )}
    </Flex>
  );
}
