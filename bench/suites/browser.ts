import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHost } from '../../db/host/httpHost';
import { chromiumPath } from '../../db/export/pdf';
import { summarise } from '../measure';
import type { ArchiveKind, CaseResult, Log } from '../results';
import { ensureWebBuild, HEADLESS_CHROMIUM_FLAGS, webDir } from '../../scripts/webBuild';

const ROWS = '.ant-table-tbody tr.ant-table-row';
const probe = path.join(import.meta.dirname, 'pageProbe.js');

type Bench = { rowsAt: number | null; longTasks: [number, number][] };
const benchState = (page: Page) => page.evaluate<Bench>('window.__bench');

/**
 * Waits until `expression` is true in the page. Polled from here: the app's Content Security
 * Policy forbids the string evaluation waitForFunction does inside the page. Every 20 ms, so a
 * time taken after it is late by at most that.
 */
async function until(page: Page, expression: string, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await page.waitForTimeout(20);
  }
}

/** The end of the last long task chained to `from` by gaps under 500 ms: when the page is first free to answer. */
function quietAfter(from: number, tasks: [number, number][]): number {
  let t = from;
  for (const [start, end] of [...tasks].sort((a, b) => a[0] - b[0])) if (start <= t + 500) t = Math.max(t, end);
  return t;
}

/** The renderer in Chromium through the browser-mode host, on the given archive. */
export async function runBrowser(file: string, kind: ArchiveKind, times: number, log: Log): Promise<CaseResult[]> {
  ensureWebBuild(log);
  const host = await startHost({ file, port: 0, staticDir: webDir });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: HEADLESS_CHROMIUM_FLAGS });
  const out: CaseResult[] = [];
  const result = (name: string, samples: number[], note?: string): CaseResult => ({
    suite: 'browser',
    archive: kind,
    area: 'browser',
    name,
    timing: summarise(samples),
    note,
  });
  try {
    // Each load in a fresh context (nothing cached), as the app starts; the last page stays open.
    const loads: { fp: number; fcp: number; rows: number; interactive: number; longest: number }[] = [];
    let page: Page | undefined;
    for (let i = 0; i < times; i++) {
      await page?.context().close();
      const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
      page = await context.newPage();
      await page.addInitScript({ path: probe });
      await page.goto(`${host.url}#/members`, { waitUntil: 'load' });
      await until(page, 'window.__bench.rowsAt !== null');
      await page.waitForTimeout(1500);
      const paint = Object.fromEntries(
        await page.evaluate<[string, number][]>(
          "performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])",
        ),
      );
      const state = await benchState(page);
      const rows = state.rowsAt ?? NaN;
      loads.push({
        fp: paint['first-paint'] ?? NaN,
        fcp: paint['first-contentful-paint'] ?? NaN,
        rows,
        interactive: quietAfter(rows, state.longTasks),
        longest: Math.max(0, ...state.longTasks.map(([s, e]) => e - s)),
      });
    }
    if (!page) throw new Error('no page was loaded');
    const longest = Math.max(...loads.map((l) => l.longest));
    out.push(
      result(
        'first paint',
        loads.map((l) => l.fp),
        `${times} cold loads`,
      ),
    );
    out.push(
      result(
        'first contentful paint',
        loads.map((l) => l.fcp),
      ),
    );
    out.push(
      result(
        'members page: rows shown',
        loads.map((l) => l.rows),
      ),
    );
    out.push(
      result(
        'members page: interactive (no long task within 500 ms)',
        loads.map((l) => l.interactive),
        `longest task ${longest.toFixed(0)} ms`,
      ),
    );

    // The activities page of the working year: the UI reads up to 1,000 of the year's activities.
    const t0 = await page.evaluate<number>("(window.location.hash = '/activities', performance.now())");
    // The activities table is the one headed 活动名称: the members table may linger a frame.
    await until(
      page,
      `!!document.querySelector('.ant-table-thead')?.textContent.includes('活动名称') && !!document.querySelector('${ROWS}') && !document.querySelector('.ant-spin-spinning')`,
    );
    const shownAt = await page.evaluate<number>('performance.now()');
    const total = await page
      .locator('.ant-pagination-total-text')
      .first()
      .textContent()
      .catch(() => null);
    out.push(result('activities page: open, year loaded and shown', [shownAt - t0], total ?? undefined));

    const frames: number[] = [];
    const pages = 3;
    for (let p = 1; p <= pages; p++) {
      frames.push(...(await page.evaluate<number[]>('window.__benchScroll(40)')).slice(1));
      const next = page.locator('.ant-pagination-next:not(.ant-pagination-disabled)');
      if (p === pages || (await next.count()) === 0) break;
      await next.click();
      await page.waitForTimeout(300);
    }
    const f = summarise(frames);
    out.push({
      suite: 'browser',
      archive: kind,
      area: 'browser',
      name: `activities table: frame length while scrolling (${pages} pages of 50)`,
      timing: f,
      note: `${f.n} frames; max is the longest frame`,
    });
    log(`  browser ${kind}: first paint p50 ${out[0].timing?.p50.toFixed(0)} ms, longest frame ${f.max.toFixed(0)} ms`);
  } catch (e) {
    out.push({
      suite: 'browser',
      archive: kind,
      area: 'browser',
      name: 'renderer in Chromium',
      error: (e as Error).message.slice(0, 500),
    });
  } finally {
    await browser.close();
    await host.close();
  }
  return out;
}
