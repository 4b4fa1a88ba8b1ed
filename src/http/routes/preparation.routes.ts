/**
 * Calm-time preparation: the readiness check, the preparation facts, the offline pack, statistics and
 * drills. Mounted together because they share one purpose: being ready before anything happens.
 */
import type { ServiceContext } from '../../services/context.js';
import { drillInfo, drillPeople, listDrillScenarios, startDrill } from '../../services/drill.service.js';
import { getOfflinePack } from '../../services/offline-pack.service.js';
import { getPreparation, putPreparation } from '../../services/preparation.service.js';
import { getReadiness } from '../../services/readiness.service.js';
import { getStats } from '../../services/stats.service.js';
import { preparationInput, startDrillInput } from '../../shared/preparation-schemas.js';
import type { Routes } from '../route-builder.js';

export const OFFLINE_PACK_FILENAME = 'shodo-offline-pack.html';

export function preparationRoutes(r: Routes, ctx: ServiceContext): void {
  r.get(
    '/api/readiness',
    { summary: 'What preparation is done and what is missing, with a score' },
    async ({ actor }) => getReadiness(ctx, actor),
  );
  r.get(
    '/api/preparation',
    { summary: 'Preparation facts: police desk, public notices, backups, contact tree' },
    async ({ actor }) => getPreparation(ctx, actor),
  );
  r.put(
    '/api/preparation',
    { summary: 'Change the preparation facts', body: preparationInput },
    async ({ actor, body }) => putPreparation(ctx, actor, body),
  );

  r.get(
    '/api/offline-pack',
    { summary: 'The offline pack: one self-contained HTML file to print or keep on a USB stick' },
    async ({ c, actor }) => {
      const pack = await getOfflinePack(ctx, actor);
      const etag = `"${pack.hash}"`;
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });
      // An attachment, never shown by our origin: its own inline styles are for when it is opened from disk.
      return c.body(pack.html, 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Disposition': `attachment; filename="${OFFLINE_PACK_FILENAME}"`,
        ETag: etag,
      });
    },
  );

  r.get('/api/stats', { summary: 'Counts of real incidents (drills excluded)' }, async ({ actor }) =>
    getStats(ctx, actor),
  );

  r.get('/api/drills/scenarios', { summary: 'Sample scenarios for a drill' }, async ({ actor }) => ({
    scenarios: listDrillScenarios(actor),
  }));
  r.get('/api/drills/people', { summary: 'People who can take part in a drill' }, async ({ actor }) => ({
    people: await drillPeople(ctx, actor),
  }));
  r.post(
    '/api/drills',
    {
      summary: 'Start a drill: an exercise incident whose notices reach only its participants',
      body: startDrillInput,
      status: 201,
    },
    async ({ actor, body }) => startDrill(ctx, actor, body),
  );
  r.get('/api/incidents/:id/drill', { summary: 'The scenario and participants of a drill' }, async ({ actor, param }) =>
    drillInfo(ctx, actor, param('id')),
  );
}
