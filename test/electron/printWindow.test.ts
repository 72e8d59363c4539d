import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPrintResource, PRINT_PARTITION, PRINT_TO_PDF_OPTIONS, printWindowOptions } from '../../electron/printWindow';

describe('the hidden print window', () => {
  it('is hidden, runs no script, has no preload and keeps its own in-memory session', () => {
    const o = printWindowOptions();
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(o.webPreferences).not.toHaveProperty('preload');
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('leaves page size, margins and page numbers to the print CSS', () => {
    expect(PRINT_TO_PDF_OPTIONS).toEqual({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
    });
  });
});

describe('isPrintResource', () => {
  const html = '/tmp/export-pdf-abc/print.html';
  const printing = new Set([html, '/tmp/export-pdf-def/print.html']);
  const url = (p: string) => pathToFileURL(p).href;

  it('lets the print HTML and the photos beside it load', () => {
    expect(isPrintResource(url(html), printing)).toBe(true);
    expect(isPrintResource(url('/tmp/export-pdf-abc/0f3a.png'), printing)).toBe(true);
    expect(isPrintResource(url('/tmp/export-pdf-def/1b2c.jpeg'), printing)).toBe(true);
  });

  it('refuses the network, other files and other schemes', () => {
    for (const u of [
      'https://example.com/x.png',
      'http://127.0.0.1:5174/api/call',
      'data:image/png;base64,AAAA',
      url('/tmp/export-pdf-abc/sub/x.png'),
      url('/tmp/x.png'),
      url('/etc/passwd'),
      'file:///tmp/export-pdf-abc/../secret.png',
      'file://server/share/export-pdf-abc/x.png',
      'not a url',
    ])
      expect(isPrintResource(u, printing), u).toBe(false);
    expect(isPrintResource(url(html), new Set())).toBe(false);
  });
});
