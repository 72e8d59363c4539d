import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArchiveError } from '../errors';

/**
 * Prints a prepared HTML file (its photos beside it) to PDF bytes. The host chooses the engine:
 * Electron's printToPDF in the app, headless Chromium (below) for the CLI and the browser host.
 */
export type PdfPrinter = (htmlFile: string) => Promise<Buffer>;

/** Headless Chromium: the engine Electron prints with, so the PDF looks the same in the app and here. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** A headless Chromium that stays off the network: no updates, sync, QUIC or first-run pages. */
export const HEADLESS_CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const TIMEOUT_MS = 180_000;

function run(bin: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/**
 * Prints an HTML file to `outFile` with headless Chromium, in a throwaway profile so no state of
 * a clerk's own browser is read or written, and without the header and footer Chromium adds itself
 * (the print CSS sets the page numbers).
 */
export async function htmlToPdf(htmlFile: string, outFile: string): Promise<void> {
  const bin = chromiumPath();
  if (!fs.existsSync(bin)) {
    throw new ArchiveError(
      'IO_ERROR',
      `找不到 Chromium 浏览器（${bin}），无法生成 PDF。请安装 Chromium，或用环境变量 CHROMIUM_PATH 指明它的位置；也可以先导出 Word 版。`,
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'export-chromium-'));
  try {
    const { code, stderr } = await run(bin, [
      ...HEADLESS_CHROMIUM_FLAGS,
      '--no-pdf-header-footer',
      // Without the tagged structure (for screen readers) a 200-page volume prints in about half the
      // time, 3.5 MB smaller; its pages render pixel for pixel the same (pdftoppm).
      '--disable-pdf-tagging',
      `--user-data-dir=${profile}`,
      `--print-to-pdf=${outFile}`,
      pathToFileURL(htmlFile).href,
    ]);
    if (code !== 0 || !fs.existsSync(outFile) || fs.statSync(outFile).size === 0) {
      const reason = stderr.trim().split('\n').slice(-3).join(' ');
      throw new ArchiveError(
        'IO_ERROR',
        `Chromium 未能生成 PDF（退出码 ${code ?? '被终止'}）：${reason || '无更多信息'}`,
      );
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The printer of the CLI and the browser-mode host: headless Chromium, the PDF written beside the HTML. */
export const printWithChromium: PdfPrinter = async (htmlFile) => {
  const out = `${htmlFile}.pdf`;
  try {
    await htmlToPdf(htmlFile, out);
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(out, { force: true });
  }
};
