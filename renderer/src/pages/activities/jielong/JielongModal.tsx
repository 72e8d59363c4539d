import { App, Button, Input, Typography } from 'antd';
import { useState } from 'react';
import type { Activity } from '../../../../../shared/contract/activities';
import type { JielongPreview } from '../../../../../shared/contract/jielong';
import { call } from '../../../api/client';
import { ActivityModal } from '../ActivityModal';
import { JielongPreviewTable } from './JielongPreviewTable';
import { applyInput, resolveRows, summaryOf, type Choices } from './jielongChoices';

interface Props {
  activity: Pick<Activity, 'id' | 'title'>;
  onClose(): void;
  /** After the attendance was written (or found already written). */
  onApplied(activity: Activity): void;
}

const example = '#接龙\n5月14日视察华屏苑\n1. 张三\n2. 李四 请假（出差）\n3. 王五 已到';

/**
 * 粘贴接龙: paste the WeChat group's 接龙, check each name's member (choose among the candidates
 * where a name is not exactly one member's), then write the attendance. Nothing is written
 * before 确认写入. Ctrl+Enter reads the pasted text; Esc closes. Mounted afresh each time.
 */
export function JielongModal({ activity, onClose, onApplied }: Props) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<JielongPreview>();
  const [choices, setChoices] = useState<Choices>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function read() {
    setBusy(true);
    const r = await call('attendance.previewJielong', { activityId: activity.id, text });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    setProblem(undefined);
    setChoices({});
    setPreview(r.value);
  }

  const rows = preview ? resolveRows(preview, choices) : [];
  const summary = summaryOf(rows);

  async function apply() {
    setBusy(true);
    const r = await call('attendance.applyJielong', applyInput(activity.id, rows));
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error.message);
      return;
    }
    const { changes, added, changed } = r.value;
    message.success(
      changes === 0 ? '接龙与现有出勤一致，没有需要修改的' : `已按接龙写入出勤：新增 ${added} 人，修改 ${changed} 人`,
    );
    onApplied(r.value.activity);
    onClose();
  }

  const buttons = preview ? (
    <>
      <Button onClick={() => setPreview(undefined)}>返回修改</Button>
      <Button onClick={onClose}>取消</Button>
      <Button
        type="primary"
        loading={busy}
        disabled={summary.present + summary.excused === 0}
        onClick={() => void apply()}
      >
        确认写入
      </Button>
    </>
  ) : (
    <>
      <Button onClick={onClose}>取消</Button>
      <Button type="primary" loading={busy} disabled={!text.trim()} onClick={() => void read()}>
        识别接龙
      </Button>
    </>
  );

  return (
    <ActivityModal
      doing="粘贴接龙"
      activity={activity}
      width={960}
      onCancel={onClose}
      buttons={buttons}
      problem={problem}
    >
      {!preview ? (
        <>
          <Typography.Text>
            把微信群里的接龙整段复制过来粘贴到下面（Ctrl+Enter 识别）。每行一位委员，“请假”后面或括号里写事由。
          </Typography.Text>
          <Input.TextArea
            aria-label="接龙内容"
            autoFocus
            rows={12}
            value={text}
            placeholder={example}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim()) {
                e.preventDefault();
                void read();
              }
            }}
          />
        </>
      ) : (
        <>
          {preview.title && <Typography.Text strong>{preview.title}</Typography.Text>}
          <Typography.Text role="status">
            出席 {summary.present}，请假 {summary.excused}，未识别 {summary.unknown}
            {summary.toChoose > 0 && `（其中 ${summary.toChoose} 个姓名请在下表选择对应的委员）`}
            {`；确认后将改动 ${summary.changes} 人的出勤`}
          </Typography.Text>
          <JielongPreviewTable
            rows={rows}
            sheet={preview.sheet}
            choices={choices}
            onChoose={(index, memberId) => setChoices((c) => ({ ...c, [index]: memberId }))}
          />
          {preview.otherLines.length > 0 && (
            <Typography.Text type="secondary">
              未作为名单读取的行：{preview.otherLines.map((l) => `第 ${l.line} 行“${l.raw}”`).join('；')}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">未识别的姓名不会写入；不在接龙中的委员，出勤保持不变。</Typography.Text>
        </>
      )}
    </ActivityModal>
  );
}
