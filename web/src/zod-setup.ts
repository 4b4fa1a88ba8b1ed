/**
 * zod probes for `new Function` to speed up parsing; under our CSP (no 'unsafe-eval') that probe is
 * reported as a violation on every page. Parsing without it is fast enough for forms.
 * Imported first, before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
