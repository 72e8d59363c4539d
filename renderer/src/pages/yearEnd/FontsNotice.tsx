import { Alert } from 'antd';
import { useMemo } from 'react';
import { missingOfficialFonts } from './installedFonts';

/** Says which official fonts this PC lacks, and that the PDF keeps the layout where Word would substitute. */
export function FontsNotice() {
  const missing = useMemo(() => missingOfficialFonts(), []);
  if (!missing || missing.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={`本机没有安装公文字体：${missing.join('、')}`}
      description="在本机用 Word 或 WPS 打开档案册时，会用仿宋、宋体、楷体等相近字体代替，行数和分页可能与正式公文不同。打印或报送请使用 PDF 版（版式固定，不随电脑变化）；或先安装这些字体再打开 Word 版。"
    />
  );
}
