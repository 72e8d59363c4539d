import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../db/host/contentSecurityPolicy';
import { allowPermission, isAppUrl, isSafeExternalUrl, type AppEntry } from '../../electron/security';
import { mainWindowOptions, secureWebPreferences } from '../../electron/windowOptions';

const root = path.resolve(import.meta.dirname, '../..');
const fileEntry: AppEntry = { kind: 'file', indexUrl: 'file:///opt/app/resources/app.asar/out/renderer/index.html' };
const devEntry: AppEntry = { kind: 'dev', origin: 'http://localhost:5173' };

describe('window options', () => {
  it('keep every renderer power switched off (a drifted option fails here)', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toStrictEqual({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('the main window uses exactly those preferences and shows only once painted', () => {
    const options = mainWindowOptions('/app/preload.cjs');
    expect(options.webPreferences).toStrictEqual(secureWebPreferences('/app/preload.cjs'));
    expect(options.show).toBe(false);
    expect(options.title).toBe('政协联络组履职档案');
  });
});

describe('sender check: only the app’s own page reaches the archive', () => {
  it.each([
    ['file:///opt/app/resources/app.asar/out/renderer/index.html', true],
    ['file:///opt/app/resources/app.asar/out/renderer/index.html#/members', true],
    ['file:///opt/app/resources/app.asar/out/renderer/other.html', false],
    ['file:///opt/app/resources/app.asar/out/renderer/index.html.evil', false],
    ['file:///tmp/index.html', false],
    ['http://localhost:5173/', false],
    ['https://example.com/index.html', false],
    ['', false],
    [undefined, false],
    ['not a url', false],
  ])('file entry: %s → %s', (url, expected) => {
    expect(isAppUrl(url, fileEntry)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/#/members', true],
    ['http://localhost:5174/', false],
    ['http://127.0.0.1:5173/', false],
    ['https://localhost:5173/', false],
    ['file:///opt/app/resources/app.asar/out/renderer/index.html', false],
  ])('dev entry: %s → %s', (url, expected) => {
    expect(isAppUrl(url, devEntry)).toBe(expected);
  });

  it('accepts the same Windows file spelled with another drive-letter case or encoding', () => {
    const windows: AppEntry = {
      kind: 'file',
      indexUrl: 'file:///C:/Program%20Files/%E6%94%BF%E5%8D%8F/resources/app.asar/out/renderer/index.html',
    };
    expect(isAppUrl('file:///c:/Program Files/政协/resources/app.asar/out/renderer/index.html', windows)).toBe(true);
    expect(
      isAppUrl('file:///D:/Program%20Files/%E6%94%BF%E5%8D%8F/resources/app.asar/out/renderer/index.html', windows),
    ).toBe(false);
  });
});

describe('links that leave the app', () => {
  it.each(['https://www.cppcc.gov.cn/', 'http://example.com/path?q=1'])('%s may open in the system browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<script>1</script>',
    'mailto:a@example.com',
    'https://',
    'not a url',
  ])('%s never does', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('permissions and content security policy', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies %s',
    (p) => {
      expect(allowPermission(p)).toBe(false);
    },
  );

  it('renderer/index.html carries the same policy as the host and the shell', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the policy allows no foreign, inline or eval’d script and no plugins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
});

describe('packaging', () => {
  const builder = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');

  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
  ])('sets the Electron fuse %s to %s', (fuse, value) => {
    expect(builder).toMatch(new RegExp(`^electronFuses:[\\s\\S]*^\\s+${fuse}: ${value}$`, 'm'));
  });

  it('unpacks the native SQLite addon from the asar and rebuilds it for Electron', () => {
    expect(builder).toMatch(/^asarUnpack:\n\s+- node_modules\/better-sqlite3\/\*\*\/\*\.node$/m);
    expect(builder).toMatch(/^npmRebuild: true$/m);
  });
});
