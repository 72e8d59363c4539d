import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { useYearEnd } from '../../renderer/src/pages/yearEnd/useYearEnd';
import { YearEndPage } from '../../renderer/src/pages/yearEnd/YearEndPage';
import { useRoute } from '../../renderer/src/shell/useRoute';
import type { ExportResult } from '../../shared/contract/exports';
import type { ExportedPackage } from '../../shared/contract/packages';
import type { ExportFolderFile, YearEndCheck, YearEndChecklist } from '../../shared/contract/yearEnd';
import type { ExportFilesBridge } from '../../shared/exportFiles';
import type { Result } from '../../shared/result';
import type { ArchiveTransport, Progress } from '../../shared/transport';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';
import { freshStoresEach } from './freshStores';

const YEAR = 2026;
const SHA = 'a'.repeat(64);

const check = (key: YearEndCheck['key'], ok: boolean, label: string, detail: string, link: YearEndCheck['link']) => ({
  key,
  ok,
  label,
  detail,
  link,
});
const checklist: YearEndChecklist = {
  year: YEAR,
  open: 2,
  items: [
    check('annualSummary', false, '年度工作总结', '还没有年度工作总结', 'documents'),
    check('fourFixes', false, '活动“四落实”', '2 次活动缺少地点或责任人', 'activities'),
    check('reportDrafts', true, '社情民意报送', '没有未报送的草稿', 'opinionReports'),
  ],
};
const files: ExportFolderFile[] = [
  { name: `${YEAR}年度台账.xlsx`, kind: 'xlsx', bytes: 36 * 1024, modifiedAt: '2026-12-20T08:30:00.000Z' },
];

const exported = (name: string): Result<ExportResult> => ({
  ok: true,
  value: { folder: `/a.sqlite.exports/${YEAR}`, files: [{ name, path: `/x/${name}`, bytes: 1000 }], ms: 5 },
});
const DIGEST = 'd'.repeat(64);
const pkg: ExportedPackage = {
  year: YEAR,
  name: `${YEAR}年度档案包.zip`,
  file: `/x/${YEAR}年度档案包.zip`,
  size: 3 * 1024 * 1024,
  sha256: SHA,
  files: 42,
  counts: {},
  volumeFiles: [],
  dataDigest: DIGEST,
  sm3: SHA,
  items: 12,
};

/** Every answer the page needs for a year; `extra` replaces some. */
function archive(extra: Parameters<typeof fakeArchive>[0] = {}) {
  return fakeArchive({
    'yearEnd.checklist': () => ({ ok: true, value: checklist }),
    'yearEnd.files': () => ({ ok: true, value: { year: YEAR, folder: `/a.sqlite.exports/${YEAR}`, files } }),
    'export.volume': (i) =>
      exported(`${YEAR}年度履职档案${i.maskPersonal === false ? '（含完整手机号身份证号）' : ''}.${i.format}`),
    'export.ledgers': () => exported(`${YEAR}年度台账.xlsx`),
    'package.export': () => ({ ok: true, value: pkg }),
    'filing.items': () => ({ ok: true, value: { year: YEAR, items: [], filedAt: null, changes: [] } }),
    'filing.record': () => ({
      ok: true,
      value: { year: YEAR, items: [], filedAt: '2026-12-20T08:30:00.000Z', changes: [], packageDataDigest: DIGEST },
    }),
    'filing.handover': () => exported(`${YEAR}年度档案包-移交清单.pdf`),
    'package.verify': (i) => ({
      ok: true,
      value: {
        name: i.name ?? '',
        ok: true,
        problem: null,
        year: YEAR,
        group: '城关镇政协联络组',
        compiledAt: null,
        files: 42,
        entries: [],
      },
    }),
    ...extra,
  });
}

freshStoresEach(YEAR, useYearEnd);
afterEach(() => {
  setTransport(undefined);
  delete window.exportFiles;
});

/** By its text: a role query over the whole page is slow in jsdom. */
const button = (text: string) => screen.getByText(text).closest('button')!;

/**
 * Sets a transport whose calls `call` answers (to hold some until the test finishes them) and
 * which keeps the page's progress listeners; `report` sends them progress as the archive would.
 */
function reportingTransport(call: (method: string, input: { format?: string }) => Promise<unknown>) {
  const listeners = new Set<(p: Progress) => void>();
  setTransport({
    call: call as ArchiveTransport['call'],
    onProgress(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  });
  const report = (...progress: Progress[]) =>
    act(() => {
      for (const l of listeners) for (const p of progress) l(p);
    });
  return { listeners, report };
}

function renderPage() {
  const { user, unmount } = renderInApp(<YearEndPage />);
  return Object.assign(user, { unmount });
}

describe('年度归档', () => {
  it('shows what the year has (✓) and lacks (!), each open item linking to its section', async () => {
    const fake = archive();
    const user = renderPage();
    const list = await screen.findByRole('list', { name: '归档前检查' });
    expect(screen.getByText('还有 2 项待完善')).toBeInTheDocument();
    const summary = within(list).getByRole('listitem', { name: '年度工作总结' });
    expect(within(summary).getByLabelText('待完善')).toBeInTheDocument();
    expect(within(summary).getByText('还没有年度工作总结')).toBeInTheDocument();
    const opinionReports = within(list).getByRole('listitem', { name: '社情民意报送' });
    expect(within(opinionReports).getByLabelText('已齐全')).toBeInTheDocument();
    expect(within(opinionReports).queryByRole('button')).toBeNull();
    expect(fake.inputsOf('yearEnd.checklist')).toEqual([{ year: YEAR }]);

    await user.click(within(list).getByRole('listitem', { name: '活动“四落实”' }).querySelector('button')!);
    expect(useRoute.getState().section).toBe('activities');
  });

  it('打包归档 runs the volume, the PDF and the ledgers, packs the files they wrote and shows the check with its SHA-256', async () => {
    const fake = archive();
    const user = renderPage();
    await screen.findByRole('list', { name: '归档前检查' });
    await user.click(button('打包归档'));

    expect(await screen.findByText('✓ 校验通过')).toBeInTheDocument();
    expect(screen.getByText(SHA)).toBeInTheDocument();
    expect(
      fake.calls
        .map((c) => c.method)
        .filter((m) => /^(export|package)\./.test(m) || m === 'filing.record' || m === 'filing.handover'),
    ).toEqual([
      'filing.record',
      'export.volume',
      'export.volume',
      'export.ledgers',
      'package.export',
      'package.verify',
      'filing.handover',
    ]);
    expect(fake.inputsOf('export.volume')).toEqual([
      { year: YEAR, format: 'docx', maskPersonal: true },
      { year: YEAR, format: 'pdf', maskPersonal: true },
    ]);
    expect(fake.inputsOf('package.export')).toEqual([
      {
        year: YEAR,
        includeDocuments: [`${YEAR}年度履职档案.docx`, `${YEAR}年度履职档案.pdf`, `${YEAR}年度台账.xlsx`],
        // The digest the volume printed, which the package must carry.
        dataDigest: DIGEST,
      },
    ]);
    expect(fake.inputsOf('package.verify')).toEqual([{ year: YEAR, name: pkg.name }]);
    expect(fake.inputsOf('filing.handover')).toEqual([{ year: YEAR, name: pkg.name }]);
    // The checklist and the files are read again once the run is over.
    expect(fake.inputsOf('yearEnd.files').length).toBeGreaterThanOrEqual(2);
  });

  it('stops at the step that fails, says why, and packs nothing', async () => {
    const fake = archive({
      'export.volume': (i) =>
        i.format === 'pdf'
          ? { ok: false, error: { code: 'IO_ERROR', message: '找不到 Chromium 浏览器，无法生成 PDF。' } }
          : exported(`${YEAR}年度履职档案.docx`),
    });
    const user = renderPage();
    await screen.findByRole('list', { name: '归档前检查' });
    await user.click(button('打包归档'));
    expect(
      await screen.findByText('生成档案册（PDF）未完成：找不到 Chromium 浏览器，无法生成 PDF。'),
    ).toBeInTheDocument();
    expect(fake.inputsOf('package.export')).toEqual([]);
    expect(screen.queryByText('✓ 校验通过')).toBeNull();
  });

  it('打包归档 builds the Word volume, the PDF and the ledgers at once, each with its own progress, and packs after all three', async () => {
    const held = new Map<string, (r: Result<ExportResult>) => void>();
    const fake = archive();
    const answer = (method: string, input: unknown) => fake.transport.call(method as 'yearEnd.files', input as never);
    const calls: string[] = [];
    // The three exports are held until the test finishes each; everything else answers at once.
    const { report } = reportingTransport(async (method, input) => {
      calls.push(method === 'export.volume' ? `${method} ${input.format}` : method);
      if (method === 'export.volume' || method === 'export.ledgers')
        return new Promise<Result<ExportResult>>((resolve) => held.set(input.format ?? 'xlsx', resolve));
      return answer(method, input);
    });
    const user = renderPage();
    await screen.findByRole('list', { name: '归档前检查' });
    await user.click(button('打包归档'));

    const steps = await screen.findByRole('list', { name: '打包归档的步骤' });
    await vi.waitFor(() => expect(held.size).toBe(3));
    // All three started before any finished, and nothing was packed yet.
    expect(calls.filter((c) => c.startsWith('export.') || c.startsWith('package.'))).toEqual([
      'export.volume docx',
      'export.volume pdf',
      'export.ledgers',
    ]);
    for (const label of ['生成档案册（Word）', '生成档案册（PDF）', '生成台账（Excel）'])
      expect(within(steps).getByRole('listitem', { name: `${label}：进行中` })).toBeInTheDocument();
    expect(within(steps).getByRole('listitem', { name: '记下本年度档号：已完成' })).toBeInTheDocument();
    expect(within(steps).getByRole('listitem', { name: '打包年度档案包：等待' })).toBeInTheDocument();
    expect(screen.getByText('打包归档：已完成 1/7 步，3 步同时进行')).toBeInTheDocument();

    // Each report moves its own step's bar: the PDF's by its words, the ledgers' by its method.
    report(
      { task: 'export.volume', fraction: 0.3, message: '正在用 Chromium 排版 PDF' },
      { task: 'export.ledgers', fraction: 0.5, message: '正在生成 Excel 台账' },
    );
    const bar = (label: string) => screen.getByRole('progressbar', { name: `${label}进度` });
    expect(bar('生成档案册（PDF）')).toHaveAttribute('aria-valuenow', '30');
    expect(bar('生成台账（Excel）')).toHaveAttribute('aria-valuenow', '50');
    expect(bar('生成档案册（Word）')).toHaveAttribute('aria-valuenow', '0');
    expect(within(steps).getByText('正在用 Chromium 排版 PDF')).toBeInTheDocument();

    // Finished in another order than started: the package still lists them in the steps' order.
    await act(async () => held.get('xlsx')!(exported(`${YEAR}年度台账.xlsx`)));
    await act(async () => held.get('pdf')!(exported(`${YEAR}年度履职档案.pdf`)));
    expect(within(steps).getByRole('listitem', { name: '生成台账（Excel）：已完成' })).toBeInTheDocument();
    expect(calls).not.toContain('package.export');
    await act(async () => held.get('docx')!(exported(`${YEAR}年度履职档案.docx`)));

    expect(await screen.findByText('✓ 校验通过')).toBeInTheDocument();
    const packed = calls.indexOf('package.export');
    expect(calls.slice(packed)).toEqual(
      expect.arrayContaining(['package.export', 'package.verify', 'filing.handover']),
    );
    expect(fake.inputsOf('package.export')).toEqual([
      {
        year: YEAR,
        includeDocuments: [`${YEAR}年度履职档案.docx`, `${YEAR}年度履职档案.pdf`, `${YEAR}年度台账.xlsx`],
        dataDigest: DIGEST,
      },
    ]);
  });

  it('with 脱敏 off, warns and exports the full numbers', async () => {
    const fake = archive();
    const user = renderPage();
    await screen.findByRole('list', { name: '归档前检查' });
    expect(screen.queryByText(/完整的手机号和身份证号/)).toBeNull();
    await user.click(screen.getByRole('switch', { name: '脱敏' }));
    expect(screen.getByText(/完整的手机号和身份证号/)).toBeInTheDocument();
    await user.click(button('生成台账（Excel）'));
    await vi.waitFor(() => expect(fake.inputsOf('export.ledgers')).toEqual([{ year: YEAR, maskPersonal: false }]));
  });

  it('drafts the annual summary into the documents and links there', async () => {
    const fake = archive({
      'summary.draft': (i) => ({
        ok: true,
        value: {
          year: i.year,
          kind: 'annual_summary',
          title: '2026年工作总结',
          body: '一、…',
          figures: [],
          document: {
            id: 7,
            year: i.year,
            kind: 'annual_summary',
            memberId: null,
            memberName: null,
            title: '2026年工作总结（初稿）',
            body: '一、…',
            createdAt: '',
            updatedAt: '',
            deletedAt: null,
          },
        },
      }),
    });
    const user = renderPage();
    await screen.findByRole('list', { name: '归档前检查' });
    await user.click(button('生成年度总结初稿'));
    expect(await screen.findByText(/已生成“2026年工作总结（初稿）”/)).toBeInTheDocument();
    expect(fake.inputsOf('summary.draft')).toEqual([{ year: YEAR, save: true }]);
    await user.click(button('打开文档'));
    expect(useRoute.getState().section).toBe('documents');
  });

  it('moves the bar with the archive’s progress while a step runs', async () => {
    let finish: (r: Result<ExportResult>) => void = () => {};
    // The volume is held until the test finishes it; the page's reads answer at once.
    const { listeners, report } = reportingTransport(async (method) => {
      if (method === 'export.volume') return new Promise<Result<ExportResult>>((resolve) => (finish = resolve));
      if (method === 'yearEnd.checklist') return { ok: true, value: checklist };
      if (method === 'filing.items') return { ok: true, value: { year: YEAR, items: [], filedAt: null, changes: [] } };
      return { ok: true, value: { year: YEAR, folder: '/f', files: [] } };
    });
    const user = renderPage();
    await screen.findByRole('list', { name: '归档前检查' });
    await user.click(button('生成档案册（Word）'));

    const status = await screen.findByRole('status', { name: '生成档案册（Word）进度' });
    expect(within(status).getByText('生成档案册（Word）')).toBeInTheDocument();
    expect(button('打包归档')).toBeDisabled();
    report({ task: 'export.volume', fraction: 0.3, message: '正在生成 Word 文档' });
    expect(within(status).getByText('正在生成 Word 文档')).toBeInTheDocument();
    expect(within(status).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '30');
    await act(async () => finish(exported(`${YEAR}年度履职档案.docx`)));
    await vi.waitFor(() => expect(screen.queryByRole('status', { name: /进度/ })).toBeNull());
    // The page listens for as long as it is open, and no longer (its runs, and the received package's import).
    expect(listeners.size).toBe(2);
    user.unmount();
    expect(listeners.size).toBe(0);
  });
});

describe('已生成的文件', () => {
  it('offers each file as a download in browser mode', async () => {
    archive();
    renderPage();
    const link = (await screen.findByText('下载')).closest('a');
    expect(link).toHaveAttribute('href', `/exports/${YEAR}/${encodeURIComponent(`${YEAR}年度台账.xlsx`)}`);
    expect(screen.getByText('36 KB')).toBeInTheDocument();
    expect(screen.getByText(`保存位置：/a.sqlite.exports/${YEAR}`)).toBeInTheDocument();
  });

  it('opens it, or shows it in its folder, through the app’s bridge', async () => {
    const bridge: ExportFilesBridge = {
      open: vi.fn(async () => ({ ok: false as const, error: { code: 'IO_ERROR' as const, message: '无法打开“x”' } })),
      reveal: vi.fn(async () => ({ ok: true as const, value: null })),
    };
    window.exportFiles = bridge;
    archive();
    const user = renderPage();
    await user.click(await screen.findByText('在文件夹中显示'));
    expect(bridge.reveal).toHaveBeenCalledWith(YEAR, `${YEAR}年度台账.xlsx`);
    await user.click(screen.getByText('打开'));
    expect(bridge.open).toHaveBeenCalledWith(YEAR, `${YEAR}年度台账.xlsx`);
    expect(await screen.findByText('无法打开“x”')).toBeInTheDocument();
    expect(screen.queryByText('下载')).toBeNull();
  });
});
