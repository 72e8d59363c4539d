import { describe, expect, it } from 'vitest';
import { personalFields } from '../../db/export/mask';

describe('personal numbers in exports', () => {
  it('are masked as on screen by default, shown in full only when masking is off', () => {
    expect(personalFields(true).phone('13812345678')).toBe('138****5678');
    expect(personalFields(true).idNumber('11010519491231002X')).toBe('1101**********002X');
    expect(personalFields(false).phone('13812345678')).toBe('13812345678');
    expect(personalFields(false).idNumber('11010519491231002X')).toBe('11010519491231002X');
  });
  it('print nothing for a missing number', () => {
    expect(personalFields(true).phone(null)).toBe('');
    expect(personalFields(false).idNumber(null)).toBe('');
  });
});
