import { officialFonts } from '../../shared/officialFonts';

/**
 * Word and WPS substitute a missing official font, so the Word file names them and embeds nothing;
 * the print CSS lists fallbacks after them.
 */
export { officialFonts };

/** Sizes in points: 初号 42, 一号 26, 二号 22, 三号 16, 四号 14, 小四 12, 五号 10.5. */
export const pt = { chu: 42, yi: 26, er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5 } as const;

/** 22 lines on the 225 mm text block: a fixed line pitch of about 28.95 pt. */
export const LINE_PITCH_PT = 28.95;
