/** The notification log, staff and customer warnings, and the public acknowledgement link. */
import { ackLinkInfo, acknowledgeByLink } from '../../services/acknowledgement.service.js';
import type { ServiceContext } from '../../services/context.js';
import { notificationLog, retryNotification } from '../../services/notification-log.service.js';
import { enforceRateLimit } from '../../services/rate-limit.js';
import { draftWarning, listWarnings, sendWarning } from '../../services/warnings.service.js';
import { notificationLogQuery, sendWarningInput, warningDraftQuery } from '../../shared/channel-schemas.js';
import { clientIp } from '../client-ip.js';
import type { Routes } from '../route-builder.js';

// Links are signed, so guessing is hopeless anyway; this only keeps a flood off the database.
const ACK_LINK_PER_IP = { limit: 60, windowSeconds: 15 * 60 };

export function notificationRoutes(r: Routes, ctx: ServiceContext): void {
  r.get(
    '/api/notifications',
    { summary: 'The notification log (newest first)', query: notificationLogQuery },
    async ({ actor, query }) => notificationLog(ctx, actor, query),
  );
  r.post('/api/notifications/:id/retry', { summary: 'Queue a failed notification again' }, async ({ actor, param }) =>
    retryNotification(ctx, actor, param('id')),
  );

  r.get(
    '/api/incidents/:id/warnings/draft',
    { summary: 'A staff or customer warning from its template (step 4)', query: warningDraftQuery },
    async ({ actor, param, query }) => draftWarning(ctx, actor, param('id'), query),
  );
  r.get(
    '/api/incidents/:id/warnings',
    { summary: 'Warnings sent, with each recipient’s delivery' },
    async ({ actor, param }) => ({
      warnings: await listWarnings(ctx, actor, param('id')),
    }),
  );
  r.post(
    '/api/incidents/:id/warnings',
    { summary: 'Send a warning to distribution lists', body: sendWarningInput, status: 201 },
    async ({ actor, param, body }) => sendWarning(ctx, actor, param('id'), body),
  );

  r.open('get', '/api/public/ack/:token', { summary: 'What an acknowledgement link is for' }, async ({ c, param }) => {
    await enforceRateLimit(ctx, `ack:ip:${clientIp(c)}`, ACK_LINK_PER_IP);
    return ackLinkInfo(ctx, param('token'));
  });
  r.open('post', '/api/public/ack/:token', { summary: 'Acknowledge with a one-time link' }, async ({ c, param }) => {
    await enforceRateLimit(ctx, `ack:ip:${clientIp(c)}`, ACK_LINK_PER_IP);
    return acknowledgeByLink(ctx, param('token'));
  });
}
