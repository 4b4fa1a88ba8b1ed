/** Hono's per-request variables for Shodo. */
import type { ResolvedSession } from '../services/auth.service.js';
import type { Locale } from '../shared/limits.js';

export interface AppEnv {
  Variables: {
    requestId: string;
    session: ResolvedSession | null;
    locale: Locale;
  };
}
