/** Characters of a text without its spaces and line breaks, as a word processor counts 字数. */
export const charCount = (text: string) => text.replace(/\s/g, '').length;
