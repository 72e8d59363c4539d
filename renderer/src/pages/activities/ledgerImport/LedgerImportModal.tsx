import { App, Space, Typography } from 'antd';
import { useState } from 'react';
import { ChooseFileButton } from '../../../files/ChooseFileButton';
import { ImportModal } from '../../../files/ImportModal';
import { LedgerPreviewTable } from './LedgerPreviewTable';
import { UnknownNamesTable, type NameChoice } from './UnknownNamesTable';
import { useLedgerImport } from './useLedgerImport';

/**
 * 导入往年台账: choose a ledger file, check every row and decide on each name not on the roster,
 * then import. Mounted afresh each time it opens, so a new import starts empty.
 */
export function LedgerImportModal({ onClose, onImported }: { onClose(): void; onImported(years: number[]): void }) {
  const { message } = App.useApp();
  const file = useLedgerImport();
  const { fileName, preview, busy, choose, commit } = file;
  const [onlyGood, setOnlyGood] = useState(false);
  const [choices, setChoices] = useState<Record<string, NameChoice | undefined>>({});

  const toImport = preview ? preview.good - preview.duplicates : 0;
  const undecided = preview ? preview.unknownNames.filter((u) => !choices[u.name]).length : 0;

  async function pick(file: File) {
    setChoices({});
    setOnlyGood(false);
    await choose(file);
  }

  async function runImport() {
    const decided = Object.entries(choices).filter((e): e is [string, NameChoice] => !!e[1]);
    const r = await commit({
      onlyGood,
      matches: decided.flatMap(([name, c]) => ('memberId' in c ? [{ name, memberId: c.memberId }] : [])),
      addFormer: decided.flatMap(([name, c]) => ('addFormer' in c ? [name] : [])),
    });
    if (!r?.ok) return;
    const o = r.value;
    const skipped = [
      o.skippedBad && `${o.skippedBad} 行有误未导入`,
      o.skippedDuplicates && `${o.skippedDuplicates} 项已在档案中，已跳过`,
      o.addedMembers && `添加往届委员 ${o.addedMembers} 位`,
      o.namesLeftOut && `${o.namesLeftOut} 个姓名未记出勤`,
    ]
      .filter(Boolean)
      .join('，');
    message.success(
      `已导入 ${o.years.join('、')} 年的 ${o.imported} 项活动、${o.attendance} 人次出勤${skipped ? `（${skipped}）` : ''}。导入前已自动备份档案。`,
    );
    onImported(o.years);
    onClose();
  }

  return (
    <ImportModal
      title="导入往年活动台账"
      width={1160}
      style={{ top: 24 }}
      file={file}
      toImport={toImport}
      onlyGood={onlyGood}
      setOnlyGood={setOnlyGood}
      label={`导入 ${toImport} 项活动`}
      onImport={() => void runImport()}
      onClose={onClose}
      chooser={
        <>
          <Typography.Text type="secondary">
            可选 Excel（.xlsx、.xls）、CSV 或“Unicode
            文本”；表头可在标题行下方，需有“时间”（或“日期”）和“活动内容”（或“活动名称”）列， 可有
            地点、活动类型、参加人员、请假人员、缺席人员、责任人、备注。
          </Typography.Text>
          <Space wrap>
            <ChooseFileButton
              label="选择要导入的台账文件"
              accept=".xlsx,.xls,.csv,.txt"
              fileName={fileName}
              reading={busy === 'reading'}
              onChoose={(file) => void pick(file)}
            />
          </Space>
        </>
      }
    >
      {(preview) => (
        <>
          <Typography.Text role="status">
            共 {preview.rows.length} 行{preview.years.length > 0 && `（${preview.years.join('、')} 年）`}：无误{' '}
            {preview.good} 行，
            <Typography.Text type={preview.bad ? 'danger' : undefined}>有误 {preview.bad} 行</Typography.Text>
            {preview.duplicates > 0 && `，其中 ${preview.duplicates} 项已在档案中或在文件中重复，将跳过`}。
            {preview.bad > 0 && '有误的行以红色标出：请改正文件后重新选择，或勾选“仅导入无误的行”。'}
            {preview.yearSources.length > 0 && `没写年份的日期，年份取自${preview.yearSources.join('、')}。`}
          </Typography.Text>
          <LedgerPreviewTable rows={preview.rows} />
          {preview.unknownNames.length > 0 && (
            <>
              <Typography.Text>
                名册中没有的姓名 {preview.unknownNames.length}{' '}
                个：写错的请选择对应的委员，已离任的可勾选“添加为往届委员”；
                {undecided > 0 ? `还有 ${undecided} 个未选择，导入时这些姓名不记出勤。` : '都已选择。'}
              </Typography.Text>
              <UnknownNamesTable
                names={preview.unknownNames}
                choices={choices}
                onChoose={(name, c) => setChoices((all) => ({ ...all, [name]: c }))}
              />
            </>
          )}
        </>
      )}
    </ImportModal>
  );
}
