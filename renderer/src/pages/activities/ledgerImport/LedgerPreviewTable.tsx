import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { LedgerAttendee, LedgerImportRow } from '../../../../../shared/contract/ledgerImport';
import { ActivityType, Attendance } from '../../../../../shared/enums';

const dateOf = (r: LedgerImportRow) => {
  if (!r.startsOn) return <Typography.Text type="secondary">{r.dateWritten || '（空）'}</Typography.Text>;
  const range = r.endsOn ? `${r.startsOn} 至 ${r.endsOn}` : r.startsOn;
  return r.startTime ? `${range} ${r.startTime}` : range;
};

/** 出席 3：张伟、李红、王建囯 — names not on the roster greyed, one line per kind of attendance. */
function attendance(attendees: LedgerAttendee[]) {
  if (!attendees.length) return <Typography.Text type="secondary">未写出勤</Typography.Text>;
  return (
    <Flex vertical>
      {Attendance.codes.map((code) => {
        const list = attendees.filter((a) => a.attendance === code);
        if (!list.length) return null;
        return (
          <span key={code}>
            {Attendance.label(code)} {list.length}：
            {list.map((a, i) => (
              <span key={a.name}>
                {i > 0 && '、'}
                {a.memberId === undefined ? (
                  <Typography.Text type="secondary" title="名册中没有此人">
                    {a.name}？
                  </Typography.Text>
                ) : (
                  a.name
                )}
                {a.reason && `（${a.reason}）`}
              </span>
            ))}
          </span>
        );
      })}
    </Flex>
  );
}

function verdict(r: LedgerImportRow) {
  return (
    <Flex vertical>
      {r.errors.length ? (
        <Typography.Text type="danger">{r.errors.join('；')}</Typography.Text>
      ) : r.duplicateOf ? (
        <Typography.Text type="warning">{r.duplicateOf.message}</Typography.Text>
      ) : (
        <Typography.Text type="success">无误</Typography.Text>
      )}
      {r.readNotes.map((n) => (
        <Typography.Text key={n} type="secondary" style={{ fontSize: 12 }}>
          {n}
        </Typography.Text>
      ))}
    </Flex>
  );
}

const sheetColumn: ColumnsType<LedgerImportRow> = [{ title: '工作表', dataIndex: 'sheet', width: 90, ellipsis: true }];

const columns: ColumnsType<LedgerImportRow> = [
  { title: '日期', key: 'date', width: 130, render: (_, r) => dateOf(r) },
  { title: '类型', key: 'type', width: 96, render: (_, r) => ActivityType.label(r.type) },
  { title: '活动名称', key: 'title', width: 200, render: (_, r) => r.title },
  { title: '地点', key: 'place', width: 110, ellipsis: true, render: (_, r) => r.place },
  { title: '出勤', key: 'attendance', render: (_, r) => attendance(r.attendees) },
  { title: '检查结果', key: 'verdict', width: 280, render: (_, r) => verdict(r) },
];

/**
 * The ledger's rows as the import read them: bad rows in red with their reasons, duplicates
 * marked; a workbook kept a sheet a year shows each row's sheet after its 行号.
 */
export function LedgerPreviewTable({ rows }: { rows: LedgerImportRow[] }) {
  const several = rows.some((r) => r.sheet);
  return (
    <Table<LedgerImportRow>
      size="small"
      rowKey={(r) => `${r.sheet ?? ''}:${r.line}`}
      columns={[{ title: '行号', dataIndex: 'line', width: 60 }, ...(several ? sheetColumn : []), ...columns]}
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      // The dialog fits a 1366×800 screen: the rows take what the names table and the buttons leave.
      scroll={{ x: 1060, y: 'max(160px, calc(100vh - 580px))' }}
      onRow={(r) => ({
        style: r.errors.length ? { background: '#fff1f0' } : r.duplicateOf ? { background: '#fffbe6' } : undefined,
      })}
    />
  );
}
