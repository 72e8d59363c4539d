import { describe, expect, it } from 'vitest';
import { parseJielong } from '../../../db/attendance/jielong/parse';

const read = (text: string) => parseJielong(text).names.map((n) => [n.name, n.status, n.reason]);

describe('reading a pasted 接龙', () => {
  it('skips the #接龙 line, keeps the title and reads each numbered line in the forms phones write', () => {
    const parsed = parseJielong('#接龙\n5月14日视察华屏苑\n1. 张三\n2、李四 请假（出差）\n3.王五 已到\n4 赵六 到\n');
    expect(parsed.title).toBe('5月14日视察华屏苑');
    expect(read('#接龙\n5月14日视察华屏苑\n1. 张三\n2、李四 请假（出差）\n3.王五 已到\n4 赵六 到\n')).toEqual([
      ['张三', 'present', null],
      ['李四', 'excused', '出差'],
      ['王五', 'present', null],
      ['赵六', 'present', null],
    ]);
    expect(parsed.names.map((n) => n.line)).toEqual([3, 4, 5, 6]);
  });

  it('reads full-width digits, punctuation and spaces, and drops trailing emoji', () => {
    expect(read('标题\n１．孙七　请假：外出开会 👍\n１２、周八🌹 \n13）吴九😊️')).toEqual([
      ['孙七', 'excused', '外出开会'],
      ['周八', 'present', null],
      ['吴九', 'present', null],
    ]);
  });

  it('reads the reason in brackets, after a colon or after a space, and 请假 in brackets', () => {
    expect(
      read('t\n1. 甲乙 请假(出差)\n2. 丙丁 请假：身体不适。\n3. 戊己 请假 在外学习\n4. 庚辛（请假）\n5. 壬癸 请假'),
    ).toEqual([
      ['甲乙', 'excused', '出差'],
      ['丙丁', 'excused', '身体不适'],
      ['戊己', 'excused', '在外学习'],
      ['庚辛', 'excused', null],
      ['壬癸', 'excused', null],
    ]);
  });

  it('gives one row per name on a line naming several, and reads 出席 words after a name', () => {
    expect(read('t\n6. 周八、吴九\n7. 郑十，钱一 参加\n8. 林二已到\n9. 何三 出席\n10. 冯四已参加')).toEqual([
      ['周八', 'present', null],
      ['吴九', 'present', null],
      ['郑十', 'present', null],
      ['钱一', 'present', null],
      ['林二', 'present', null],
      ['何三', 'present', null],
      ['冯四', 'present', null],
    ]);
  });

  it('keeps a name ending in 到 whole, leaves the blank next line out and sets remarks aside', () => {
    const parsed = parseJielong('#接龙\n标题\n请各位委员接龙\n1. 钱到\n2. \n3、');
    expect(parsed.names.map((n) => n.name)).toEqual(['钱到']);
    expect(parsed.otherLines).toEqual([{ line: 3, raw: '请各位委员接龙' }]);
  });

  it('takes a title written as a date for the title, not for a numbered line', () => {
    const parsed = parseJielong('#接龙\n5.14 视察华屏苑\n1. 张三');
    expect(parsed.title).toBe('5.14 视察华屏苑');
    expect(parsed.names.map((n) => n.name)).toEqual(['张三']);
  });

  it('reads Windows line ends and a 接龙 without a title', () => {
    const parsed = parseJielong('1. 张三\r\n2. 李四\r\n');
    expect(parsed.title).toBeNull();
    expect(parsed.names.map((n) => n.name)).toEqual(['张三', '李四']);
  });
});
