/** Names the browser may use for the host; anything else is refused (DNS rebinding). */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** Only these may be passed as the address to listen on; the socket is always 127.0.0.1. */
export function isLoopbackName(host: string): boolean {
  return LOOPBACK_NAMES.includes(host);
}

/**
 * A page from another site that resolved its own name to 127.0.0.1 still sends its own name in
 * the Host header: only our loopback names with our port pass.
 */
export function isAllowedHostHeader(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && LOOPBACK_NAMES.some((name) => hostHeader.toLowerCase() === `${name}:${port}`);
}

/** A request that names an Origin (every cross-site fetch or form post does) must come from us. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

/** The only methods the host answers; everything else (OPTIONS preflights included) is refused. */
export const ALLOWED_METHODS = ['GET', 'POST'] as const;

export function isAllowedMethod(method: string | undefined): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method ?? '');
}
