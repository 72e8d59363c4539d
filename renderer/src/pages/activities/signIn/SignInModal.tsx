import { Alert, App, Button, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Activity } from '../../../../../shared/contract/activities';
import type { SignInEnd } from '../../../../../shared/contract/signIn';
import { ActivityModal } from '../ActivityModal';
import { ArrivalsTable } from './ArrivalsTable';
import { FirewallNotice, firewallExplained, rememberFirewallExplained } from './FirewallNotice';
import { QrCode } from './QrCode';
import { useSignIn } from './useSignIn';

interface Props {
  activity: Pick<Activity, 'id' | 'title'>;
  onClose(): void;
  /** After arrivals were written into the attendance. */
  onConfirmed(activity: Activity): void;
}

const endedText: Record<SignInEnd, string> = {
  closed: '现场签到已结束，签到页已关闭。',
  expired: '现场签到已满 2 小时，自动结束，签到页已关闭。',
  idle: '这个窗口长时间没有响应，现场签到已自动结束，签到页已关闭。',
};

const clock = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });

/**
 * 现场签到 (手机扫码签到): while this window is open the app serves a sign-in page on the office
 * network; members scan the QR code, pick their name, check it with the last 4 digits of their
 * phone and sign in or ask for leave. Their arrivals show here as they come; only 确认 writes them
 * into the attendance. Closing the window ends it and the address stops working.
 */
export function SignInModal({ activity, onClose, onConfirmed }: Props) {
  const { message, modal } = App.useApp();
  const { status, problem, busy, start, confirm, close } = useSignIn(activity.id);
  const [explained] = useState(firewallExplained);
  const session = status.session;
  const waiting = session?.arrivals.filter((a) => !a.confirmed) ?? [];

  useEffect(() => {
    // After the first time the clerk has read what happens, the window starts at once.
    if (explained) void start();
  }, [explained, start]);

  async function begin() {
    if (await start()) rememberFirewallExplained();
  }

  async function confirmSome(ids?: number[]) {
    const r = await confirm(ids);
    if (!r) return;
    message.success(`已将 ${r.confirmed} 人的签到记入出勤`);
    onConfirmed(r.activity);
  }

  function leave() {
    if (waiting.length === 0) {
      void close().then(onClose);
      return;
    }
    modal.confirm({
      title: `还有 ${waiting.length} 人的签到没有确认`,
      content: '结束后签到页关闭，这些签到不会记入出勤，也不会保留。',
      okText: '结束签到',
      cancelText: '返回确认',
      onOk: () => close().then(onClose),
    });
  }

  const buttons = (
    <>
      {session && (
        <Button type="primary" disabled={busy || waiting.length === 0} onClick={() => void confirmSome()}>
          全部确认（{waiting.length}）
        </Button>
      )}
      {!session && (
        <Button type="primary" loading={busy} onClick={() => void begin()}>
          {status.ended ? '重新开始' : '开始现场签到'}
        </Button>
      )}
      <Button onClick={leave}>{session ? '结束签到' : '关闭'}</Button>
    </>
  );

  return (
    <ActivityModal
      doing="现场签到"
      activity={activity}
      width={980}
      onCancel={leave}
      buttons={buttons}
      problem={problem}
      maskClosable={false}
    >
      {!session && !explained && !status.ended && <FirewallNotice />}
      {!session && status.ended && (
        <Alert
          type="warning"
          showIcon
          title={endedText[status.ended]}
          description={
            status.lostArrivals > 0 ? `有 ${status.lostArrivals} 人的签到结束时还没有确认，没有记入出勤。` : undefined
          }
        />
      )}
      {session && (
        <Flex gap={24} align="flex-start">
          <Flex vertical align="center" gap={8} style={{ width: 280, flex: 'none' }}>
            <QrCode text={session.url} />
            <Typography.Text
              copyable={{ text: session.url, tooltips: ['复制地址', '已复制'] }}
              style={{ wordBreak: 'break-all', textAlign: 'center' }}
            >
              {session.url}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
              手机连接与这台电脑相同的网络，扫码或在浏览器输入以上地址。签到页 {clock(session.expiresAt)} 自动关闭。
            </Typography.Text>
          </Flex>
          <Flex vertical gap={8} style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text role="status">
              已签到 {session.arrivals.filter((a) => a.attendance === 'present').length} 人，请假{' '}
              {session.arrivals.filter((a) => a.attendance === 'excused').length} 人，待确认 {waiting.length} 人
            </Typography.Text>
            <ArrivalsTable arrivals={session.arrivals} busy={busy} onConfirm={(a) => void confirmSome([a.id])} />
            <Typography.Text type="secondary">
              确认后才记入出勤。未确认的签到只保存在这次运行中：关闭本窗口、退出程序或重启电脑后就没有了。
            </Typography.Text>
          </Flex>
        </Flex>
      )}
    </ActivityModal>
  );
}
