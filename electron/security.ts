/**
 * The shell's guards as plain functions (no Electron import), so they are tested without Electron.
 * The app loads exactly one page — its own index.html from disk, or the dev server while
 * developing — and everything else is refused.
 */

/** Where the app's own page comes from. */
export type AppEntry = { kind: 'file'; indexUrl: string } | { kind: 'dev'; origin: string };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Chromium and Node may spell the same file differently (drive-letter case, which characters are
 * percent-encoded); Windows paths are case-insensitive anyway.
 */
function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    try {
      return decodeURIComponent(p).toLowerCase();
    } catch {
      return null;
    }
  };
  const x = norm(a);
  return x !== null && x === norm(b);
}

/** Whether a frame's URL is the app's own page (hash routes and queries aside). */
export function isAppUrl(url: string | undefined, entry: AppEntry): boolean {
  const u = url ? parse(url) : null;
  if (!u) return false;
  if (entry.kind === 'dev') return u.origin === new URL(entry.origin).origin;
  const own = new URL(entry.indexUrl);
  return u.protocol === 'file:' && u.host === own.host && samePath(u.pathname, own.pathname);
}

/** Only a well-formed http(s) address may be handed to the system browser — never file:, smb: or a custom scheme. */
export function isSafeExternalUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
}

/** Camera, microphone, geolocation, notifications…: the archive needs none of them. */
export function allowPermission(_permission: string): boolean {
  return false;
}
