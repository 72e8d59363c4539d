/**
 * Reading a WeChat 接龙 as clerks paste it: an optional `#接龙` line, a title line, then numbered
 * lines as phones write them (`1. 张三`, `2、李四 请假（出差）`, `3.王五 已到`, `4 赵六 到`, full-width
 * digits and punctuation, trailing emoji, several names on one line `张三、李四`).
 */

export type JielongStatus = 'present' | 'excused';

/** One name read from one numbered line (a line naming two people gives two of these). */
export interface JielongName {
  /** The line's number in the pasted text (1 = its first line). */
  line: number;
  /** The line as pasted, trimmed. */
  raw: string;
  name: string;
  status: JielongStatus;
  reason: string | null;
}

export interface JielongText {
  title: string | null;
  names: JielongName[];
  /** Lines after the title that are not numbered (remarks such as 请大家接龙), with their line number. */
  otherLines: { line: number; raw: string }[];
}

/** Emoji, their variation selectors and joiners, and the invisible marks phones add. */
const decorations = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F|[\u200B-\u200D\u2060\uFEFF]/gu;

/** Full-width forms to half-width (１．→1., （）→(), ：→:), emoji dropped, spaces collapsed. */
export function normalizeLine(s: string): string {
  return s.normalize('NFKC').replace(decorations, ' ').replace(/\s+/g, ' ').trim();
}

const header = /^#?\s*接龙\s*$/;
/**
 * `1. 张三`, `2、李四`, `3.王五`, `4 赵六`, `5)孙七`: a number, then punctuation or a space. A date as
 * a title (5.14 视察华屏苑) is not a numbered line: no digit may follow the mark.
 */
const numbered = /^(\d{1,4})(?:\s*[.、,，)\]:-](?!\d)\s*|\s+(?!\d))(.*)$/;
const parens = /[(【[]([^)】\]]*)[)】\]]/g;
/** The words for 请假 and for 出席 (出席 is also what a bare name means). */
const excusedWord = /请假|请 假/;
const presentWords = '已签到|签到|已到|已参加|出席|参加';
/** 到 alone counts only as its own word (王五 到); 已到, 出席 … also right after a name (王五已到). */
const presentAtEnd = new RegExp(`(?:^|\\s)(?:${presentWords}|到)\\s*$|(?:${presentWords})\\s*$`);

function cleanReason(s: string): string | null {
  const r = s
    .replace(/^[\s:：,，\-—]+/, '')
    .replace(/[\s。.,，]+$/, '')
    .trim();
  return r ? r.slice(0, 200) : null;
}

/** A name as written, without the digits, punctuation or spaces around it. */
const cleanName = (s: string) => s.replace(/[^\p{L}\p{M}·•]/gu, '').replace(/•/g, '·');

function readBody(body: string): { names: string[]; status: JielongStatus; reason: string | null } {
  const inParens: string[] = [];
  let rest = body.replace(parens, (_, inner: string) => {
    inParens.push(inner.trim());
    return ' ';
  });
  let status: JielongStatus = 'present';
  let reason: string | null = null;
  const leave = excusedWord.exec(rest);
  const leaveInParens = inParens.findIndex((t) => excusedWord.test(t));
  if (!leave && leaveInParens >= 0) {
    // 陈一（请假）or 陈一（请假：出差）
    status = 'excused';
    const [said] = inParens.splice(leaveInParens, 1);
    reason = cleanReason(said.replace(excusedWord, '')) ?? cleanReason(inParens.join('，'));
  } else if (leave) {
    status = 'excused';
    reason = cleanReason(rest.slice(leave.index + leave[0].length)) ?? cleanReason(inParens.join('，'));
    rest = rest.slice(0, leave.index);
  } else {
    const present = presentAtEnd.exec(rest);
    if (present && present.index > 0) rest = rest.slice(0, present.index);
  }
  const names = rest
    .split(/[、,，/;；\s]+/)
    .map(cleanName)
    .filter((n) => n.length > 0);
  return { names, status, reason };
}

export function parseJielong(text: string): JielongText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let title: string | null = null;
  let seenNumbered = false;
  const names: JielongName[] = [];
  const otherLines: JielongText['otherLines'] = [];
  lines.forEach((original, i) => {
    const line = i + 1;
    const s = normalizeLine(original);
    if (!s) return;
    if (!seenNumbered && title === null && header.test(s)) return;
    const m = numbered.exec(s);
    if (!m) {
      if (!seenNumbered && title === null) title = s;
      else otherLines.push({ line, raw: original.trim() });
      return;
    }
    seenNumbered = true;
    const raw = original.trim();
    const body = readBody(m[2]);
    // An empty numbered line is the 接龙's blank for the next person.
    for (const name of body.names) names.push({ line, raw, name, status: body.status, reason: body.reason });
  });
  return { title, names, otherLines };
}
