import { isSafeExternalUrl } from '../security';

/** What the guards need of a web contents: the events they refuse and the popup handler. */
export interface GuardedContents {
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'will-navigate', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** What the guards need of the app: to hear of every new web contents. */
export interface ContentsSource<C extends GuardedContents = GuardedContents> {
  on(event: 'web-contents-created', listener: (event: unknown, contents: C) => void): unknown;
}

/**
 * Every web contents, not only the main window's: no <webview>, no popups, no navigation away.
 * A link the clerk follows leaves for the system browser, and only if it is http(s).
 */
export function guardEveryContents<C extends GuardedContents>(
  app: ContentsSource<C>,
  openExternal: (url: string) => void,
): void {
  const openOutside = (url: string) => {
    if (isSafeExternalUrl(url)) openExternal(url);
  };
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openOutside(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      openOutside(url);
    });
  });
}
