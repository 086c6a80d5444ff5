// Security middleware: strict headers on every response, Host check against DNS rebinding when
// bound to loopback, and an Origin check on writes.
import type { MiddlewareHandler } from 'hono';

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  };
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\./.test(host);
}

function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.split(':')[0];
}

/**
 * When the server listens on loopback only, a page on another site could still reach it through
 * DNS rebinding; such requests carry a foreign Host header and are refused. Writes from a page
 * of another origin are refused too.
 */
export function hostGuard(loopbackOnly: boolean): MiddlewareHandler {
  return async (c, next) => {
    const hostHeader = c.req.header('host') ?? new URL(c.req.url).host;
    if (loopbackOnly && !isLoopback(hostnameOf(hostHeader).toLowerCase()))
      return c.json({ error: 'forbidden host' }, 403);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      if (origin && origin !== 'null') {
        let originHost: string;
        try {
          originHost = new URL(origin).host;
        } catch {
          return c.json({ error: 'forbidden origin' }, 403);
        }
        if (originHost !== hostHeader) return c.json({ error: 'forbidden origin' }, 403);
      } else if (origin === 'null') return c.json({ error: 'forbidden origin' }, 403);
    }
    await next();
  };
}
