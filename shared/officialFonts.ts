/**
 * The fonts GB/T 9704 names for official documents, as Word and WPS know them. The volume names
 * them (the Word file embeds none); 年度归档 warns when this PC lacks them.
 */
export const officialFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
} as const;
