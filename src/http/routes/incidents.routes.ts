/** Incidents: report while signed in, list, read, edit, record facts, close, timeline. */
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.js';
import { closeIncident, listIncidents, recordFacts, updateIncident } from '../../services/incident.service.js';
import { getIncidentDetail } from '../../services/incident-mutation.js';
import { fileReport } from '../../services/report.service.js';
import { incidentTimeline } from '../../services/timeline.service.js';
import { closeInput, recordFactsInput, reportInput, updateIncidentInput } from '../../shared/incident-schemas.js';
import type { Routes } from '../route-builder.js';

export function incidentRoutes(r: Routes, ctx: ServiceContext): void {
  r.get('/api/incidents', { summary: 'Incidents I may see' }, async ({ actor }) => ({
    incidents: await listIncidents(ctx, actor),
  }));

  r.post(
    '/api/incidents',
    { summary: 'Report a suspicion while signed in', body: reportInput, status: 201 },
    async ({ actor, body }) => fileReport(ctx, actor, body, 'signed_in'),
  );

  r.get(
    '/api/incidents/:id',
    { summary: 'One incident, with where it stands and what to do next' },
    async ({ actor, param }) => getIncidentDetail(ctx, actor, param('id')),
  );

  r.patch(
    '/api/incidents/:id',
    { summary: 'Change title, types or restriction', body: updateIncidentInput },
    async ({ actor, param, body }) => updateIncident(ctx, actor, param('id'), body),
  );

  r.put(
    '/api/incidents/:id/facts',
    { summary: 'Record facts (step 2)', body: recordFactsInput },
    async ({ actor, param, body }) => recordFacts(ctx, actor, param('id'), body),
  );

  r.post(
    '/api/incidents/:id/close',
    { summary: 'Close the incident', body: closeInput },
    async ({ actor, param, body }) => closeIncident(ctx, actor, param('id'), body),
  );

  r.get(
    '/api/incidents/:id/timeline',
    { summary: 'Everything that happened, in order', query: z.object({}).loose() },
    async ({ actor, param }) => ({
      events: await incidentTimeline(ctx, actor, param('id')),
    }),
  );
}
