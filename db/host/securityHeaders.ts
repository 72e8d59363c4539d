/**
 * The headers every response of the archive's own HTTP listeners carries (the browser-mode host
 * and 手机扫码签到's LAN page): no type sniffing, no framing, no Referer (the sign-in page's token
 * is in its address), and no reading of its resources from another origin.
 */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
