import { pinyin } from 'pinyin-pro';

/**
 * Pinyin initials of a Chinese name, surname read as a surname: 张伟 → zw, 单雄 → sx. A name with
 * no Chinese characters (a foreign name, Ａｌｉ) is matched by its own letters and digits; the
 * column is never empty, so such a name is stored rather than refused.
 */
export function nameInitials(name: string): string {
  const zh = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' })
    .join('')
    .toLowerCase();
  if (zh) return zh;
  return name.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]/g, '') || '-';
}
