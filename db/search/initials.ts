import { pinyin } from 'pinyin-pro';

/** Pinyin initials of a Chinese name, surname read as a surname: 张伟 → zw, 单雄 → sx. */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' })
    .join('')
    .toLowerCase();
}
