import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '../../shared/mask';

describe('maskPhone', () => {
  it.each([
    ['13800138000', '138****8000'],
    ['13812345678', '138****5678'],
    [' 13812345678 ', '138****5678'],
    ['0571-87654321', '0571-****4321'],
    ['057187654321', '0571****4321'],
    ['010-1234567', '010-****4567'],
    ['0571-87654321-808', '0571-****4321-808'],
    ['12345', '****2345'],
    ['1234', '****'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (input, shown) => {
    expect(maskPhone(input)).toBe(shown);
  });

  it('never shows more than 8 of the digits of a number without extension', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5,20}$/), (p) => {
        const shown = maskPhone(p);
        expect(shown).toContain('****');
        expect(shown.replaceAll('*', '').length).toBeLessThanOrEqual(8);
      }),
    );
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['110105194912310021', '1101**********0021'],
    ['11010519491231002X', '1101**********002X'],
    ['110105491231002', '1101*******1002'],
    ['12345678', '********'],
    ['', ''],
    [null, ''],
  ])('%j → %j', (input, shown) => {
    expect(maskIdNumber(input)).toBe(shown);
  });

  it('hides the birth date of every 18-character ID and keeps its length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const shown = maskIdNumber(id);
        expect(shown).toHaveLength(18);
        expect(shown.slice(4, 14)).toBe('*'.repeat(10));
        expect(shown).not.toContain(id.slice(6, 14));
      }),
    );
  });
});
