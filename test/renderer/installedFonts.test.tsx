import { describe, expect, it } from 'vitest';
import { missingOfficialFonts } from '../../renderer/src/pages/yearEnd/installedFonts';

/** A document whose canvas measures text as a browser would with `installed` fonts on the PC. */
function fakeDocument(installed: string[], canvas = true): Document {
  const base: Record<string, number> = { monospace: 600, serif: 520, 'sans-serif': 540 };
  const ctx = {
    font: '',
    measureText() {
      // The first family of the font list that is installed (or generic) decides the width.
      const families = this.font
        .replace(/^32px /, '')
        .split(',')
        .map((f) => f.trim().replace(/"/g, ''));
      const first = families.find((f) => installed.includes(f) || f in base)!;
      return { width: base[first] ?? 500 + installed.indexOf(first) * 7 };
    },
  };
  return {
    createElement: () => ({ getContext: () => (canvas ? ctx : null) }),
  } as unknown as Document;
}

describe('which official fonts this PC lacks', () => {
  it('names each missing one, in the order the volume uses them', () => {
    expect(missingOfficialFonts(fakeDocument([]))).toEqual(['仿宋_GB2312', '方正小标宋简体', '楷体_GB2312']);
    expect(missingOfficialFonts(fakeDocument(['仿宋_GB2312', '楷体_GB2312']))).toEqual(['方正小标宋简体']);
    expect(missingOfficialFonts(fakeDocument(['仿宋_GB2312', '楷体_GB2312', '方正小标宋简体']))).toEqual([]);
  });

  it('says nothing when the browser cannot measure', () => {
    expect(missingOfficialFonts(fakeDocument([], false))).toBeNull();
  });
});
