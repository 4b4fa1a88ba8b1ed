/** Notification settings (admins): the mail server, chat channels, who is told what, contact tree, lists. */
import {
  createChannel,
  deleteChannel,
  listChannels,
  testChannel,
  updateChannel,
} from '../../services/channels.service.js';
import { getContactTree, putContactTree } from '../../services/contact-tree.service.js';
import type { ServiceContext } from '../../services/context.js';
import { listDistributionLists, putDistributionLists } from '../../services/distribution-lists.service.js';
import { getRouting, putRouting } from '../../services/routing.service.js';
import { getSmtp, putSmtp, testSmtp } from '../../services/smtp-settings.service.js';
import {
  contactTreeInput,
  createChatChannelInput,
  distributionListsInput,
  routingInput,
  smtpInput,
  smtpTestInput,
  updateChatChannelInput,
} from '../../shared/channel-schemas.js';
import type { Routes } from '../route-builder.js';

export function notifySettingsRoutes(r: Routes, ctx: ServiceContext): void {
  r.get('/api/notify/smtp', { summary: 'The mail server (password never shown)' }, async ({ actor }) =>
    getSmtp(ctx, actor),
  );
  r.put('/api/notify/smtp', { summary: 'Set the mail server', body: smtpInput }, async ({ actor, body }) =>
    putSmtp(ctx, actor, body),
  );
  r.post(
    '/api/notify/smtp/test',
    { summary: "Send a test mail; answers the server's exact reply", body: smtpTestInput },
    async ({ actor, body }) => testSmtp(ctx, actor, body.to),
  );

  r.get('/api/notify/channels', { summary: 'Chat channels (URLs shortened to a hint)' }, async ({ actor }) => ({
    channels: await listChannels(ctx, actor),
  }));
  r.post(
    '/api/notify/channels',
    { summary: 'Add a chat channel', body: createChatChannelInput, status: 201 },
    async ({ actor, body }) => createChannel(ctx, actor, body),
  );
  r.put(
    '/api/notify/channels/:id',
    { summary: 'Change a chat channel (omit url/secret to keep them)', body: updateChatChannelInput },
    async ({ actor, param, body }) => updateChannel(ctx, actor, param('id'), body),
  );
  r.delete('/api/notify/channels/:id', { summary: 'Remove a chat channel', status: 204 }, async ({ actor, param }) =>
    deleteChannel(ctx, actor, param('id')),
  );
  r.post(
    '/api/notify/channels/:id/test',
    { summary: "Post a test message; answers the receiver's exact reply" },
    async ({ actor, param }) => testChannel(ctx, actor, param('id')),
  );

  r.get('/api/notify/routing', { summary: 'Who is told what, and when to remind and escalate' }, async ({ actor }) =>
    getRouting(ctx, actor),
  );
  r.put('/api/notify/routing', { summary: 'Change who is told what', body: routingInput }, async ({ actor, body }) =>
    putRouting(ctx, actor, body),
  );

  r.get('/api/notify/contact-tree', { summary: 'Escalation order per role, with phones' }, async ({ actor }) =>
    getContactTree(ctx, actor),
  );
  r.put(
    '/api/notify/contact-tree',
    { summary: 'Set the escalation order per role', body: contactTreeInput },
    async ({ actor, body }) => putContactTree(ctx, actor, body),
  );

  r.get(
    '/api/notify/distribution-lists',
    { summary: 'Distribution lists for warnings (addresses for admins only)' },
    async ({ actor }) => ({ lists: await listDistributionLists(ctx, actor) }),
  );
  r.put(
    '/api/notify/distribution-lists',
    { summary: 'Replace the distribution lists', body: distributionListsInput },
    async ({ actor, body }) => ({ lists: await putDistributionLists(ctx, actor, body) }),
  );
}
