import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone, personalFields } from '../../db/export/mask';

describe('masking personal numbers in exports', () => {
  it('keeps a mobile’s first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('keeps a landline’s area code, extension and last 4 digits', () => {
    expect(maskPhone('0571-87654321')).toBe('0571-****4321');
    expect(maskPhone('010-87654321-123')).toBe('010-****4321-123');
  });
  it('keeps an ID number’s first 6 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
  it('shows numbers in full when masking is off, and nothing for a missing number', () => {
    expect(personalFields(false).phone('13812345678')).toBe('13812345678');
    expect(personalFields(true).phone(null)).toBe('');
    expect(personalFields(true).idNumber('11010519491231002X')).not.toContain('19491231');
  });
});
