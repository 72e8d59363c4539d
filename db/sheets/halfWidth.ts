/** Full-width forms (０-９, Ａ-Ｚ, －, ＋, （）…) and the ideographic space as their ASCII twins, as IMEs type them. */
export const halfWidth = (s: string) =>
  s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
