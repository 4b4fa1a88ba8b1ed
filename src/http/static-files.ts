/**
 * Serves the built UI from memory: the file list is read once at start-up, so no request path ever
 * reaches the file system (no traversal to worry about). Unknown non-API paths get index.html.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function readTree(dir: string, base = dir, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) readTree(full, base, out);
    else out.set(`/${path.relative(base, full).split(path.sep).join('/')}`, fs.readFileSync(full));
  }
  return out;
}

export function staticUi(dir: string): MiddlewareHandler<AppEnv> {
  const files = fs.existsSync(dir) ? readTree(dir) : new Map<string, Buffer>();
  const index = files.get('/index.html');
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (c.req.path.startsWith('/api/') || c.req.path === '/healthz') return next();
    const hit = files.get(c.req.path);
    if (hit) {
      const type = TYPES[path.extname(c.req.path)] ?? 'application/octet-stream';
      // Vite puts a content hash in every asset name, so those can be cached for good.
      const cache = c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(new Uint8Array(hit), 200, { 'Content-Type': type, 'Cache-Control': cache });
    }
    if (!index) return c.text('The web UI is not built. Run `npm run build` (npm start does it for you).', 503);
    return c.body(new Uint8Array(index), 200, {
      'Content-Type': TYPES['.html'] as string,
      'Cache-Control': 'no-cache',
    });
  };
}
