/** Step 1 without an account: the organisation's report link. */

import type { ServiceContext } from '../../services/context.js';
import { errors } from '../../services/errors.js';
import { enforceRateLimit, RATE_LIMITS } from '../../services/rate-limit.js';
import { fileReport } from '../../services/report.service.js';
import { isValidReportToken, readSettings } from '../../services/settings.service.js';
import type { PublicReportInfo } from '../../shared/api-types.js';
import { reportInput } from '../../shared/incident-schemas.js';
import { clientIp } from '../client-ip.js';
import type { Routes } from '../route-builder.js';

export function publicRoutes(r: Routes, ctx: ServiceContext): void {
  r.open(
    'get',
    '/api/public/report/:token',
    { summary: 'Check a report link', auth: 'report_link' },
    async ({ param }) => {
      if (!(await isValidReportToken(ctx, param('token')))) throw errors.notFound();
      const s = await readSettings(ctx);
      return { orgName: s.orgName } satisfies PublicReportInfo;
    },
  );

  r.open(
    'post',
    '/api/public/report/:token',
    { summary: 'Report a suspicion without an account', auth: 'report_link', body: reportInput, status: 201 },
    async ({ c, param, body }) => {
      if (!(await isValidReportToken(ctx, param('token')))) throw errors.notFound();
      await enforceRateLimit(ctx, `report:ip:${clientIp(c)}`, RATE_LIMITS.publicReportPerIp);
      return fileReport(
        ctx,
        { kind: 'anonymous', label: `public form: ${body.reporterName || body.contact}` },
        body,
        'public_form',
      );
    },
  );
}
