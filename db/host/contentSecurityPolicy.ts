/**
 * The renderer's Content-Security-Policy: its own scripts only, no eval, no plugins, network only
 * back to where it came from. renderer/index.html carries the same text in a meta tag (a test keeps
 * the two equal); antd writes its styles inline, hence 'unsafe-inline' for styles alone.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** As an HTTP header the policy can also forbid framing, which a meta tag cannot. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'; form-action 'self'`;
