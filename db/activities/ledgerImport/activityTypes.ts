import { ActivityType } from '../../../shared/enums';

/** The words clerks' ledgers use for each activity type, looked for anywhere in the cell. */
const typeWords: [ActivityType, string[]][] = [
  ['supervision', ['民主监督', '监督', '评议']],
  ['briefing', ['情况通报', '通报']],
  ['reception', ['委员接待日', '接待日', '接待']],
  ['inspection', ['视察', '察看', '检查']],
  ['research', ['调研', '调查', '考察']],
  ['consultation', ['协商', '座谈', '恳谈', '议事', '协商座谈']],
  ['study', ['学习', '培训', '讲座', '宣讲']],
  ['fellowship', ['联谊', '茶话']],
  ['charity', ['公益', '帮扶', '慰问', '捐赠', '捐助', '志愿', '义诊', '助学']],
  ['meeting', ['会议', '例会', '全体会', '工作会', '会']],
  ['other', ['其他', '其它']],
];

/** The type whose word stands first in the text (情况通报会 → 情况通报会, 协商座谈会 → 协商座谈); the longer word on a tie. */
function firstTypeIn(text: string): { type: ActivityType; word: string } | null {
  let best: { type: ActivityType; word: string; at: number } | null = null;
  for (const [type, words] of typeWords)
    for (const word of words) {
      const at = text.indexOf(word);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && word.length > best.word.length)) best = { type, word, at };
    }
  return best && { type: best.type, word: best.word };
}

/**
 * The app's activity type for a ledger row: its 活动类型 cell (a type's own label, or a word such
 * as 视察、调研、座谈会、专题学习), else a word of its title; 其他 when neither names one. `note`
 * says how the type was found unless the cell was the type's own label.
 */
export function readActivityType(written: string | null, title: string): { type: ActivityType; note?: string } {
  const cell = written?.replace(/\s+/g, '') ?? '';
  if (cell) {
    const own = ActivityType.codes.find((c) => ActivityType.label(c) === cell || c === cell);
    if (own) return { type: own };
    const found = firstTypeIn(cell);
    if (found) return { type: found.type, note: `活动类型“${written}”按“${ActivityType.label(found.type)}”记` };
    return { type: 'other', note: `活动类型“${written}”无法对应，按“其他”记` };
  }
  const found = firstTypeIn(title);
  if (found)
    return {
      type: found.type,
      note: `未填活动类型，按名称中的“${found.word}”记为“${ActivityType.label(found.type)}”`,
    };
  return { type: 'other', note: '未填活动类型，按“其他”记' };
}
