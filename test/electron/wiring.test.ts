import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../db/host/contentSecurityPolicy';
import { guardEveryContents, type GuardedContents } from '../../electron/wiring/contentsGuards';
import { guardSession, type GuardedSession } from '../../electron/wiring/sessionGuards';
import { holdSingleInstance } from '../../electron/wiring/singleInstance';
import { FakeEmitter, type Listener } from './fakeEmitter';

// Small stand-ins that record what the shell registers on Electron's objects: a guard that is
// registered, and what it does when its event fires, is the claim under test. The real window is
// driven by the off-site desktop workflow (.github/workflows/desktop.yml).

class FakeContents extends FakeEmitter implements GuardedContents {
  openHandler?: (details: { url: string }) => { action: 'deny' };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.openHandler = handler;
  }
}

const preventable = () => ({ preventDefault: vi.fn() });

describe('every web contents is locked down', () => {
  function created() {
    const app = new FakeEmitter();
    const openExternal = vi.fn();
    guardEveryContents(app, openExternal);
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    return { contents, openExternal };
  }

  it('registers on every new contents: no webview, a popup handler, a navigation guard', () => {
    const { contents } = created();
    expect([...contents.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate']);
    expect(contents.openHandler).toBeTypeOf('function');
  });

  it('refuses a <webview>', () => {
    const { contents } = created();
    const e = preventable();
    contents.emit('will-attach-webview', e);
    expect(e.preventDefault).toHaveBeenCalledOnce();
  });

  it('window.open is always denied; an https link goes to the system browser, anything else nowhere', () => {
    const { contents, openExternal } = created();
    expect(contents.openHandler!({ url: 'https://www.cppcc.gov.cn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.cppcc.gov.cn/']]);
  });

  it('navigation away is prevented, whatever the address', () => {
    const { contents, openExternal } = created();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'smb://server/share']) {
      const e = preventable();
      contents.emit('will-navigate', e, url);
      expect(e.preventDefault).toHaveBeenCalledOnce();
    }
    expect(openExternal.mock.calls).toEqual([['https://evil.example/']]);
  });
});

describe('the session grants nothing and sends the CSP', () => {
  function guarded() {
    const calls: Record<string, Listener> = {};
    const session: GuardedSession = {
      setPermissionRequestHandler: (h) => void (calls.request = h as Listener),
      setPermissionCheckHandler: (h) => void (calls.check = h as Listener),
      webRequest: { onHeadersReceived: (l) => void (calls.headers = l as Listener) },
    };
    guardSession(session);
    return calls as unknown as {
      request: (c: unknown, p: string, cb: (granted: boolean) => void) => void;
      check: (c: unknown, p: string) => boolean;
      headers: (d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void;
    };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses the permission %s, asked or checked',
    (permission) => {
      const g = guarded();
      const answer = vi.fn();
      g.request({}, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
      expect(g.check({}, permission)).toBe(false);
    },
  );

  it('adds the content security policy to every response, keeping its other headers', () => {
    const g = guarded();
    const done = vi.fn();
    g.headers({ responseHeaders: { 'Content-Type': ['text/html'] } }, done);
    expect(done).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] },
    });
  });
});

describe('one instance per user', () => {
  function fakeApp(locked: boolean) {
    const emitter = new FakeEmitter();
    return Object.assign(emitter, { requestSingleInstanceLock: () => locked, quit: vi.fn() });
  }

  it('a second copy quits at once and registers nothing', () => {
    const app = fakeApp(false);
    expect(holdSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listeners.size).toBe(0);
  });

  it('the first copy brings its window back when a second is started', () => {
    const app = fakeApp(true);
    const win = { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() };
    expect(holdSingleInstance(app, () => win)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('a second start before the window exists does nothing harmful', () => {
    const app = fakeApp(true);
    holdSingleInstance(app, () => undefined);
    expect(() => app.emit('second-instance')).not.toThrow();
  });
});
