import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { onProgress } from '../../../api/client';
import { ImportedResult } from './ImportedResult';
import { PackageImportForm } from './PackageImportForm';
import { PackageReport } from './PackageReport';
import { useReceivedPackage } from './useReceivedPackage';

/** 核验/导入档案包: a package someone handed over — its report file by file, then the import. */
export function ReceivedPackageCard() {
  const s = useReceivedPackage();
  const input = useRef<HTMLInputElement>(null);
  const busy = s.phase === 'receiving' || s.phase === 'verifying' || s.phase === 'importing';

  useEffect(() => onProgress(useReceivedPackage.getState().heard), []);

  function chosen(files: FileList | null) {
    const file = files?.[0];
    if (input.current) input.current.value = '';
    if (file) void s.open(file);
  }

  return (
    <Card size="small" title="核验/导入档案包">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          收到其他联络组或往年的年度档案包（.zip）时，先在这里逐个文件核对：完好、被修改、缺失或多出；
          核对无误后，可以导入为新档案，或导入到当前档案中还没有记录的那一年度。
        </Typography.Text>
        <div>
          <input
            ref={input}
            type="file"
            accept=".zip,application/zip"
            aria-label="选择档案包"
            hidden
            onChange={(e) => chosen(e.target.files)}
          />
          <Button icon={<FolderOpenOutlined />} disabled={busy} onClick={() => input.current?.click()}>
            选择档案包（.zip）…
          </Button>
        </div>
        {busy && (
          <Flex vertical gap={4} role="status" aria-label="档案包进度">
            <Progress
              percent={Math.round(s.fraction * 100)}
              status="active"
              showInfo={s.phase !== 'verifying'}
            />
            <Typography.Text type="secondary">{s.message}</Typography.Text>
          </Flex>
        )}
        {s.error && <Alert type="error" showIcon title={s.error.message} />}
        {s.check && <PackageReport check={s.check} />}
        {s.check?.ok && (s.phase === 'checked' || s.phase === 'importing') && (
          <PackageImportForm
            key={s.check.name}
            check={s.check}
            busy={s.phase === 'importing'}
            onImport={(into, newFile) => void s.importInto(into, newFile)}
          />
        )}
        {s.outcome && <ImportedResult outcome={s.outcome} />}
      </Flex>
    </Card>
  );
}
