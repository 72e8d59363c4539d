import { officialFonts } from '../../../../shared/officialFonts';

/** The official fonts Word needs to lay the volume out as GB/T 9704 sets it (宋体 and 黑体 come with Windows). */
const needed = [officialFonts.body, officialFonts.title, officialFonts.subheading];

const SAMPLE = 'mmmmmmmmmmlli 1234567890 WwQq 公文字体';
const BASES = ['monospace', 'serif', 'sans-serif'] as const;

/**
 * The official fonts this PC lacks, by measuring a sample in each font with each generic family
 * behind it: a missing font falls back, so its sample measures exactly as the generic family's
 * does. (`document.fonts.check` answers true for a font that is simply not there.) Null when
 * this browser cannot measure (no canvas).
 */
export function missingOfficialFonts(doc: Document = document): string[] | null {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = doc.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
  if (!ctx) return null;
  const width = (family: string) => {
    ctx.font = `32px ${family}`;
    return ctx.measureText(SAMPLE).width;
  };
  const base = BASES.map(width);
  return needed.filter((font) => BASES.every((b, i) => width(`"${font}", ${b}`) === base[i]));
}
