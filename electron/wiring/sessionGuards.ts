import { CONTENT_SECURITY_POLICY_HEADER } from '../../db/host/contentSecurityPolicy';
import { allowPermission } from '../security';

type HeadersCallback = (response: { responseHeaders: Record<string, string | string[]> }) => void;

/** What the guards need of a session: its permission handlers and response headers. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (details: { responseHeaders?: Record<string, string | string[]> }, callback: HeadersCallback) => void,
    ): void;
  };
}

/**
 * No permission is ever granted (camera, microphone, notifications…), and every response carries
 * the app's content security policy — the dev server's pages too, not only the built file's meta tag.
 */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] },
    });
  });
}
