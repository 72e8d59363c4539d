import { Alert, Flex, Typography } from 'antd';
import type { ImportOutcome } from '../../../../../shared/contract/packages';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * How to open the new archive. The app and the browser-mode host each open one archive file, the
 * one they were started on: neither switches to another while running.
 */
function HowToOpen({ file }: { file: string }) {
  if (window.archive) {
    return (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        本程序每次打开的是默认档案 archive.sqlite，不能在程序中切换到另一个档案。要改用新档案：关闭程序，把原来的
        archive.sqlite 移到别处保存，再把新档案改名为 archive.sqlite 放进它原来的文件夹，然后重新打开程序。
        只想在本档案中查看这一年度，可以改用“导入到当前档案”。
      </Typography.Paragraph>
    );
  }
  return (
    <Typography.Paragraph style={{ marginBottom: 0 }}>
      档案服务一次只打开一个档案，不能在页面中切换。要查看新档案，在命令行运行
      <Typography.Text code copyable>{`npm run web -- --file "${file}"`}</Typography.Text>
      ，再用浏览器打开它给出的地址。
    </Typography.Paragraph>
  );
}

/** What the import did: where the year went, how many records, the backup made first. */
export function ImportedResult({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.into === 'new') {
    return (
      <Alert
        type="success"
        showIcon
        title={`已导入为新档案：${outcome.year} 年度，共 ${total(outcome.counts)} 条记录`}
        description={
          <Flex vertical gap={4}>
            <Typography.Text>
              新档案保存在：<Typography.Text code copyable>{outcome.file}</Typography.Text>
            </Typography.Text>
            <HowToOpen file={outcome.file} />
          </Flex>
        }
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      title={`已导入到当前档案的 ${outcome.year} 年度，共 ${total(outcome.counts)} 条记录`}
      description={
        <Flex vertical gap={4}>
          {outcome.matchedMembers > 0 && (
            <Typography.Text>
              档案包中有 {outcome.matchedMembers} 位委员与当前档案中的在册委员同名，视为同一人，未重复添加。
            </Typography.Text>
          )}
          <Typography.Text>导入前的备份：{outcome.backup}（如导入有误，可从这个备份恢复）。</Typography.Text>
        </Flex>
      }
    />
  );
}
