/** Steps 3 to 6: briefing and decisions, containment, determination, vendor help and hand-over. */
import { z } from 'zod';
import { acknowledgeBriefing, draftBriefing, recordDecision, sendBriefing } from '../../services/briefing.service.js';
import { recordSpreadCheck, updateChecklistItem } from '../../services/containment.service.js';
import type { ServiceContext } from '../../services/context.js';
import { determine } from '../../services/determination.service.js';
import { draftSupportRequest, handOver, requestSupport } from '../../services/vendor.service.js';
import {
  checklistItemInput,
  determinationInput,
  handoverInput,
  recordDecisionInput,
  sendBriefingInput,
  spreadCheckInput,
  supportRequestInput,
} from '../../shared/incident-schemas.js';
import { LIMITS } from '../../shared/limits.js';
import type { Routes } from '../route-builder.js';

const draftBriefingQuery = z.object({
  decisionsNeeded: z.string().max(LIMITS.longText).optional(),
  actionsTaken: z.string().max(LIMITS.longText).optional(),
  nextUpdateAt: z.iso.datetime({ offset: true }).optional(),
});

const draftSupportQuery = z.object({
  vendorId: z.string().max(64).optional(),
  question: z.string().max(LIMITS.longText).optional(),
  fromStep: z.coerce.number().int().min(2).max(5).optional(),
});

export function stepRoutes(r: Routes, ctx: ServiceContext): void {
  r.get(
    '/api/incidents/:id/briefings/draft',
    { summary: 'The briefing as it would be sent now', query: draftBriefingQuery },
    async ({ actor, param, query }) => draftBriefing(ctx, actor, param('id'), query),
  );
  r.post(
    '/api/incidents/:id/briefings',
    { summary: 'Send the briefing to management (step 3)', body: sendBriefingInput },
    async ({ actor, param, body }) => sendBriefing(ctx, actor, param('id'), body),
  );
  r.post(
    '/api/incidents/:id/briefings/:briefingId/ack',
    { summary: 'Acknowledge a briefing' },
    async ({ actor, param }) => acknowledgeBriefing(ctx, actor, param('id'), param('briefingId')),
  );
  r.post(
    '/api/incidents/:id/decisions',
    { summary: "Record management's decision", body: recordDecisionInput },
    async ({ actor, param, body }) => recordDecision(ctx, actor, param('id'), body),
  );
  r.put(
    '/api/incidents/:id/checklist/:itemKey',
    { summary: 'Mark a containment item (step 4)', body: checklistItemInput },
    async ({ actor, param, body }) => updateChecklistItem(ctx, actor, param('id'), param('itemKey'), body),
  );
  r.put(
    '/api/incidents/:id/spread',
    { summary: 'Record a department spread check', body: spreadCheckInput },
    async ({ actor, param, body }) => recordSpreadCheck(ctx, actor, param('id'), body),
  );
  r.post(
    '/api/incidents/:id/determination',
    { summary: 'Incident or not, and how urgent (step 5)', body: determinationInput },
    async ({ actor, param, body }) => determine(ctx, actor, param('id'), body),
  );
  r.get(
    '/api/incidents/:id/support-requests/draft',
    { summary: 'The support-request packet (step 6)', query: draftSupportQuery },
    async ({ actor, param, query }) => draftSupportRequest(ctx, actor, param('id'), query),
  );
  r.post(
    '/api/incidents/:id/support-requests',
    { summary: 'Record a request for vendor support', body: supportRequestInput },
    async ({ actor, param, body }) => requestSupport(ctx, actor, param('id'), body),
  );
  r.post(
    '/api/incidents/:id/handover',
    { summary: 'Hand the case over to a vendor', body: handoverInput },
    async ({ actor, param, body }) => handOver(ctx, actor, param('id'), body),
  );
}
