/** The caller's address, for rate limits. Behind a proxy every caller shares the proxy's address. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process test requests have no socket.
    return 'local';
  }
}
