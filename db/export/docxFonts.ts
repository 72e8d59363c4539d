import { officialFonts } from './fonts';

/**
 * Word's font table (word/fontTable.xml) naming each font the volume uses with what Word and WPS
 * may put in its place: w:altName (the font a PC without the official one most likely has:
 * 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体), the GB 2312 character set (86) and
 * the PANOSE class, so a substitute is chosen within the family (a 仿宋 for 仿宋) rather than
 * the default 宋体 or a Latin font. Nothing is embedded (GB/T 9704: name the fonts).
 */
interface FontEntry {
  name: string;
  altName: string;
  panose: string;
  family: 'roman' | 'modern' | 'swiss';
  pitch: 'variable' | 'fixed';
}

const fonts: FontEntry[] = [
  { name: officialFonts.body, altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: officialFonts.title, altName: '宋体', panose: '02000000000000000000', family: 'roman', pitch: 'variable' },
  { name: officialFonts.subheading, altName: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: officialFonts.heading, altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  {
    name: officialFonts.pageNumber,
    altName: 'SimSun',
    panose: '02010600030101010101',
    family: 'roman',
    pitch: 'variable',
  },
  { name: 'Times New Roman', altName: '', panose: '02020603050405020304', family: 'roman', pitch: 'variable' },
];

/** The character set (w:charset) of GB 2312: Word's "86", the East Asian charset of Simplified Chinese. */
const GB2312 = '86';

const entry = (f: FontEntry) =>
  `<w:font w:name="${f.name}">${f.altName ? `<w:altName w:val="${f.altName}"/>` : ''}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${
    f.name === 'Times New Roman' ? '00' : GB2312
  }"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;

export function fontTableXml(): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts
    .map(entry)
    .join('')}</w:fonts>`;
  return new TextEncoder().encode(xml);
}
