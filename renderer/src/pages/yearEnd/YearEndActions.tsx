import { EditOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Switch, Typography } from 'antd';
import { PackageResult } from './PackageResult';
import { RunProgress } from './RunProgress';
import { DraftResult } from './DraftResult';
import { draftMethods, useYearEnd } from './useYearEnd';

/** 年初有工作计划，半年有工作小结，年终有工作总结. */
const DRAFT_ORDER = ['annual_plan', 'half_year_summary', 'annual_summary'] as const;

/** The year-end work: the drafts of the plan and summaries, the volume, the ledgers, and the package that holds them all. */
export function YearEndActions() {
  const s = useYearEnd();
  const busy = s.running !== null;

  return (
    <Card size="small" title="生成与归档">
      <Flex vertical gap={12}>
        <Flex gap={8} align="center">
          <Switch checked={s.maskPersonal} onChange={s.setMaskPersonal} disabled={busy} aria-label="脱敏" />
          <Typography.Text>脱敏：隐藏手机号和身份证号的中间几位</Typography.Text>
        </Flex>
        {!s.maskPersonal && (
          <Alert
            type="warning"
            showIcon
            title="接下来生成的文件将含有委员完整的手机号和身份证号（文件名会注明），只宜存档，请勿外传。"
          />
        )}
        <Flex gap={8} wrap>
          {DRAFT_ORDER.map((kind) => (
            <Button key={kind} icon={<EditOutlined />} disabled={busy} onClick={() => void s.draftDocument(kind)}>
              {draftMethods[kind].label}
            </Button>
          ))}
          <Button icon={<FileWordOutlined />} disabled={busy} onClick={() => void s.exportVolume('docx')}>
            生成档案册（Word）
          </Button>
          <Button icon={<FilePdfOutlined />} disabled={busy} onClick={() => void s.exportVolume('pdf')}>
            生成档案册（PDF）
          </Button>
          <Button icon={<FileExcelOutlined />} disabled={busy} onClick={() => void s.exportLedgers()}>
            生成台账（Excel）
          </Button>
          <Button type="primary" icon={<InboxOutlined />} disabled={busy} onClick={() => void s.archiveYear()}>
            打包归档
          </Button>
        </Flex>
        <Typography.Text type="secondary">
          打包归档会先记下本年度各件的档号，再同时生成档案册（Word、PDF）和台账，把全年数据、附件、按件归档的文件和这些文件打成一个年度档案包并校验，最后生成移交清单（Word、PDF）。
        </Typography.Text>
        {s.running && <RunProgress running={s.running} />}
        {s.failure && <Alert type="error" showIcon title={`${s.failure.step}未完成：${s.failure.error.message}`} />}
        {s.draft && <DraftResult draft={s.draft} />}
        {s.packaged && <PackageResult packaged={s.packaged} />}
      </Flex>
    </Card>
  );
}
