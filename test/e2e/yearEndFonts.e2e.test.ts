import { beforeAll, describe, expect, it } from 'vitest';
import { goTo } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';

const session = sessionPerFile('fonts');
let s: BrowserSession;
beforeAll(() => void (s = session()));

describe('年度归档 on a PC without the official fonts (Debian’s Chromium has none of them)', () => {
  it('names the missing fonts and suggests the PDF', async () => {
    const { page } = s;
    await page.goto(s.url);
    await goTo(page, '年度归档', 'yearArchive');
    const notice = page.locator('.ant-alert', { hasText: '本机没有安装公文字体' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    for (const font of ['仿宋_GB2312', '方正小标宋简体', '楷体_GB2312']) expect(text).toContain(font);
    expect(text).toContain('PDF 版');
    // The same measurement on a font this PC has (Noto, installed with fonts-noto-cjk) finds it present.
    // (Given as text: the page's DOM types are not this test's.)
    const present = await page.evaluate(`(() => {
      const ctx = document.createElement('canvas').getContext('2d');
      const width = (font) => {
        ctx.font = '32px ' + font;
        return ctx.measureText('mmmmmmmmmmlli 1234567890 WwQq 公文字体').width;
      };
      return ['monospace', 'serif', 'sans-serif'].some((b) => width('"Noto Sans CJK SC", ' + b) !== width(b));
    })()`);
    expect(present).toBe(true);
    await s.shot('year-end');
    expect(s.pageErrors).toEqual([]);
  });
});
