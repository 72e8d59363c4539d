import { describe, expect, it, vi } from 'vitest';
import { endSignInWithPage } from '../../electron/wiring/signInLifetime';
import { FakeEmitter } from './fakeEmitter';

function wired() {
  const app = new FakeEmitter();
  const contents = new FakeEmitter();
  const desk = { closeAll: vi.fn(() => Promise.resolve()) };
  endSignInWithPage(app, contents, desk);
  return { app, contents, desk };
}

describe('the desktop shell ends 现场签到 with its page', () => {
  it.each([
    ['the window closes', 'destroyed', []],
    ['the page crashes', 'render-process-gone', []],
    ['the page reloads', 'did-start-navigation', [{ isMainFrame: true, isSameDocument: false }]],
  ])('when %s', (_what, event, args) => {
    const { contents, desk } = wired();
    contents.emit(event, ...args);
    expect(desk.closeAll).toHaveBeenCalledTimes(1);
  });

  it('when the app quits', () => {
    const { app, desk } = wired();
    app.emit('will-quit');
    expect(desk.closeAll).toHaveBeenCalledTimes(1);
  });

  it('not when the page only changes its #address or a frame navigates', () => {
    const { contents, desk } = wired();
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    expect(desk.closeAll).not.toHaveBeenCalled();
  });
});
