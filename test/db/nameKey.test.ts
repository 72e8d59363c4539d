import { describe, expect, it } from 'vitest';
import { pinyinKey, pinyinSegments } from '../../db/members/order/pinyinKey';
import { strokeSegment, strokesKey } from '../../db/members/order/strokesKey';

const sortedBy = (key: (n: string) => string, names: string[]) =>
  [...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

describe('the pinyin key', () => {
  it.each([
    ['曾伟', ['zeng1', 'wei3']],
    ['单磊', ['shan4', 'lei3']],
    ['仇芳', ['qiu2', 'fang1']],
    ['解明', ['xie4', 'ming2']],
    ['查理', ['zha1', 'li3']],
    ['区大', ['ou1', 'da4']],
    ['乐乐', ['yue4', 'le4']],
    ['朴槿', ['piao2', 'jin3']],
    ['缪斯', ['miao4', 'si1']],
    ['尉迟恭', ['yu4', 'chi2', 'gong1']],
    ['万俟一', ['mo4', 'qi2', 'yi1']],
  ])('reads the surname of %s as a surname', (name, segments) => {
    expect(pinyinSegments(name)).toEqual(segments);
  });

  it('orders by the surname, then the given name, shorter before longer', () => {
    expect(sortedBy(pinyinKey, ['张三丰', '曾伟', '张三', '陈一', '程一', '张一'])).toEqual([
      '陈一', // chen before cheng: a syllable ends in its tone digit, below every letter
      '程一',
      '曾伟',
      '张三',
      '张三丰',
      '张一',
    ]);
  });

  it('puts ü after u as input methods write it (吕 lv follows 卢 lu and 罗 luo)', () => {
    expect(sortedBy(pinyinKey, ['吕布', '罗一', '卢一'])).toEqual(['卢一', '罗一', '吕布']);
  });

  it('gives names read alike distinct keys, in code point order', () => {
    expect(pinyinKey('张三')).not.toBe(pinyinKey('章三'));
    expect(sortedBy(pinyinKey, ['章三', '张三'])).toEqual(['张三', '章三']); // U+5F20 < U+7AE0
  });

  it('places characters outside the data after every known one, by code point, without throwing', () => {
    // 𰻞 (U+30EDE) has no reading in the data; 𬌗 (U+2C317) has one (hé).
    expect(pinyinSegments('𰻞面')).toEqual(['~030ede', 'mian4']);
    expect(pinyinSegments('𬌗明')).toEqual(['he2', 'ming2']);
    expect(sortedBy(pinyinKey, ['𰻞面', '张三', '𬌗明', '𰻝一'])).toEqual(['𬌗明', '张三', '𰻝一', '𰻞面']);
  });

  it('reads foreign names by their letters and ignores the middle dot', () => {
    expect(pinyinSegments('买买提·艾力')).toEqual(['mai3', 'mai3', 'ti2', 'ai4', 'li4']);
    expect(pinyinSegments('Ａｌｉ Khan')).toEqual(['ali', 'khan']);
  });
});

describe('the 姓氏笔画 key', () => {
  it('writes a character as its stroke count and the classes of its strokes (横1 竖2 撇3 点4 折5)', () => {
    expect(strokeSegment('王')).toBe('041121'); // 横 横 竖 横
    expect(strokeSegment('张')).toBe('075153154'); // 横折 横 竖折折钩 撇 横 竖提 捺
    expect(strokeSegment('陈')).toBe('075215234'); // 横折折折钩 竖 横 撇折 竖钩 撇 点
  });

  it('orders equal counts by the first stroke in the order 横竖撇点折', () => {
    // All four strokes: 王 starts with 横, 中 with 竖, 毛 with 撇, 方 with 点, 孔 with 折.
    expect(sortedBy(strokesKey, ['孔一', '方一', '中一', '毛一', '王一'])).toEqual(['王一', '中一', '毛一', '方一', '孔一']);
  });

  it('orders by the surname first, then the next characters', () => {
    expect(sortedBy(strokesKey, ['王三', '王一', '丁一', '王一丁'])).toEqual(['丁一', '王一', '王一丁', '王三']);
  });

  it('places characters without stroke data after every known one, without throwing', () => {
    expect(strokeSegment('𰻞')).toBe('~030ede');
    expect(strokeSegment('𬌗')).toBe('~02c317');
    expect(sortedBy(strokesKey, ['𰻞面', '𬌗明', '曾一'])).toEqual(['曾一', '𬌗明', '𰻞面']);
  });
});
