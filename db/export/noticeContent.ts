import type { Activity } from '../../shared/contract/activities';
import { zhDate } from '../../shared/zhDates';
import type { ActivityPrint } from './activityPrintModel';
import type { Block } from './blocks';

const WEEKDAYS = '日一二三四五六';

/** （星期四）after a date, as notices write it. */
const weekday = (iso: string) => `（星期${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]}）`;

/** 2026年5月14日（星期四）09:00—11:30, or a span of days with each day's weekday. */
export function noticeWhen(a: Pick<Activity, 'startsOn' | 'startTime' | 'endsOn' | 'endTime'>): string {
  const day = (iso: string, time: string | null) => `${zhDate(iso)}${weekday(iso)}${time ?? ''}`;
  if (a.endsOn && a.endsOn !== a.startsOn) return `${day(a.startsOn, a.startTime)}至${day(a.endsOn, a.endTime)}`;
  const span = a.startTime && a.endTime ? `${a.startTime}—${a.endTime}` : a.startTime;
  return day(a.startsOn, span);
}

/** A meeting is held (召开), anything else carried out (开展); a title that says so itself gets no verb. */
function verbFor(a: Activity): string {
  if (/^(召开|开展|举办|举行|组织|参加)/.test(a.title)) return '';
  const meeting = ['meeting', 'briefing', 'consultation'].includes(a.type) || /(会|会议|座谈|论坛)$/.test(a.title);
  return meeting ? '召开' : '开展';
}

/** 关于召开……的通知: the title the notice is filed and printed under. */
export function noticeTitle(a: Activity): string {
  const t = a.title.trim();
  if (t.endsWith('通知')) return t;
  if (t.startsWith('关于')) return `${t}的通知`;
  return `关于${verbFor(a)}${t}的通知`;
}

/**
 * 会议通知 in GB/T 9704's shape: title, 主送 (各位委员), a line saying what is decided, then
 * 一、时间 二、地点 三、内容 四、参加人员 (in the group's name order) 五、有关要求, the 联系人, and the
 * group with the date as 落款. What has not been entered says so rather than printing blank.
 */
export function noticeBlocks(p: ActivityPrint, issuedOn: string): Block[] {
  const a = p.activity;
  const verb = verbFor(a);
  const [firstContent, ...moreContent] = (a.content ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const names = p.participants.map((m) => m.name);
  const who = names.length ? `${names.join('、')}（共${names.length}人）。` : '参加人员名单另行通知。';
  const contact = p.contact
    ? `联系人：${p.contact.name}${p.contact.phone ? `，联系电话：${p.contact.phone}` : ''}。`
    : null;
  const blocks: Block[] = [
    { kind: 'title', text: noticeTitle(a) },
    { kind: 'text', text: '各位委员：', flush: true },
    {
      kind: 'text',
      text: `经研究，${p.group}定于${zhDate(a.startsOn)}${verb}${a.title}。现将有关事项通知如下：`,
    },
    {
      kind: 'fields',
      rows: [
        ['一、时间', noticeWhen(a)],
        ['二、地点', a.place?.trim() || '另行通知'],
        ['三、内容', firstContent ?? `${a.title}。`],
      ],
    },
  ];
  if (moreContent.length) blocks.push({ kind: 'text', text: moreContent.join('\n') });
  blocks.push(
    { kind: 'fields', rows: [['四、参加人员', who]] },
    {
      kind: 'fields',
      rows: [
        [
          '五、有关要求',
          `请参加人员合理安排时间，准时参加；因故不能参加的，请提前向${p.contact ? '联系人' : '联络组'}请假并说明事由。`,
        ],
      ],
    },
  );
  if (contact) blocks.push({ kind: 'text', text: contact });
  blocks.push({ kind: 'closing', issuer: p.group, date: zhDate(issuedOn) });
  return blocks;
}
