import type { SignInDesk } from '../../db/signIn/desk';

/** What ending 现场签到 with its page needs of the window's web contents. */
export interface SignInPage {
  on(event: 'destroyed', listener: () => void): unknown;
  on(event: 'render-process-gone', listener: () => void): unknown;
  on(event: 'did-start-navigation', listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void): unknown;
}

/** What it needs of the app: to hear that it quits. */
export interface QuittingApp {
  on(event: 'will-quit', listener: () => void): unknown;
}

/**
 * The LAN listener (in the archive's process) runs only while the 现场签到 window in the page is
 * open: the page closes it itself (signIn.close); if the page goes instead — the window closed, the
 * page reloaded or crashed, the app quitting — main tells the archive's process to stop it, and its
 * token dies with it.
 * (A change of the address after `#` is the same page and leaves it running.)
 */
export function endSignInWithPage(app: QuittingApp, contents: SignInPage, desk: Pick<SignInDesk, 'closeAll'>): void {
  const end = () => void desk.closeAll();
  contents.on('destroyed', end);
  contents.on('render-process-gone', end);
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) end();
  });
  app.on('will-quit', end);
}
