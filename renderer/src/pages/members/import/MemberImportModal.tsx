import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';
import { ChooseFileButton } from '../../../files/ChooseFileButton';
import { ImportModal } from '../../../files/ImportModal';
import { call } from '../../../api/client';
import { useMembers } from '../useMembers';
import { downloadFile } from './downloadFile';
import { ImportPreviewTable } from './ImportPreviewTable';
import { useMemberImport } from './useMemberImport';

/**
 * 导入委员名册: download the template, choose a file, check every row in the preview, then import.
 * Mounted afresh each time it opens, so a new import starts empty.
 */
export function MemberImportModal({ onClose }: { onClose(): void }) {
  const { message } = App.useApp();
  const file = useMemberImport();
  const { fileName, preview, busy, choose, commit } = file;
  const [onlyGood, setOnlyGood] = useState(false);
  const [skipDuplicates, setSkipDuplicates] = useState(true);

  async function template(format: 'xlsx' | 'csv') {
    const r = await call('members.template', { format });
    if (r.ok) downloadFile(r.value);
    else message.error(r.error.message);
  }

  const cleanedRows = preview ? preview.rows.filter((r) => r.cleaned?.length).length : 0;
  const toImport = preview ? preview.good - (skipDuplicates ? preview.duplicates : 0) : 0;

  async function runImport() {
    const r = await commit({ onlyGood, skipDuplicates });
    if (!r?.ok) return;
    const { imported, skippedBad, skippedDuplicates } = r.value;
    const skipped = [
      skippedBad && `${skippedBad} 行有误未导入`,
      skippedDuplicates && `${skippedDuplicates} 位重复的委员已跳过`,
    ]
      .filter(Boolean)
      .join('，');
    message.success(`已导入 ${imported} 位委员${skipped ? `（${skipped}）` : ''}。导入前已自动备份档案。`);
    await Promise.all([useMembers.getState().load(), useMembers.getState().loadSectors()]);
    onClose();
  }

  return (
    <ImportModal
      title="导入委员名册"
      width={1080}
      file={file}
      toImport={toImport}
      onlyGood={onlyGood}
      setOnlyGood={setOnlyGood}
      label={`导入 ${toImport} 位委员`}
      onImport={() => void runImport()}
      onClose={onClose}
      choices={
        preview &&
        preview.duplicates > 0 && (
          <Checkbox checked={skipDuplicates} onChange={(e) => setSkipDuplicates(e.target.checked)}>
            跳过重复的委员
          </Checkbox>
        )
      }
      missingHint="请使用模板的表头。"
      chooser={
        <>
          <Space wrap>
            <Typography.Text>
              第一步：按模板整理名册（Excel .xlsx/.xls、CSV 或“Unicode 文本”均可，表头须有“姓名”列）
            </Typography.Text>
            <Button size="small" icon={<DownloadOutlined />} onClick={() => void template('xlsx')}>
              下载 Excel 模板
            </Button>
            <Button size="small" icon={<DownloadOutlined />} onClick={() => void template('csv')}>
              下载 CSV 模板
            </Button>
          </Space>
          <Space wrap>
            <Typography.Text>第二步：选择要导入的文件</Typography.Text>
            <ChooseFileButton
              label="选择要导入的名册文件"
              accept=".xlsx,.xls,.csv,.txt"
              fileName={fileName}
              reading={busy === 'reading'}
              onChoose={(file) => void choose(file)}
            />
          </Space>
        </>
      }
    >
      {(preview) => (
        <>
          <Typography.Text>
            第三步：检查预览。共 {preview.rows.length} 行：无误 {preview.good} 行，
            <Typography.Text type={preview.bad ? 'danger' : undefined}>有误 {preview.bad} 行</Typography.Text>
            {preview.duplicates > 0 && `，其中 ${preview.duplicates} 行与已有委员或前面的行重复`}
            {cleanedRows > 0 &&
              `；整理了 ${cleanedRows} 行的写法（全角数字、空格、横线、Excel 日期序号等，见“检查结果”列）`}
            。{preview.bad > 0 && '有误的行以红色标出：请改正文件后重新选择，或勾选“仅导入无误的行”。'}
          </Typography.Text>
          <ImportPreviewTable rows={preview.rows} />
        </>
      )}
    </ImportModal>
  );
}
