/**
 * Chat webhooks against a local HTTP receiver: Slack, Teams, Google Chat and the signed generic
 * webhook each get their own format; secrets never come back; the test button shows the receiver's
 * answer; copies go once per action; failures and timeouts are retried until delivered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToken } from './support/api-helpers.js';
import { testDialects } from './support/databases.js';
import { deliverAll, eventsOf, outbox } from './support/notify-helpers.js';
import { type ApiClient, buildReport, startTestApp, type TestApp } from './support/test-app.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

const dialects = await testDialects();
const SLACK_PATH = '/services/T0000/B0000/slacksecret9876';
const SIGNING_SECRET = 'whsec-0123456789abcdef';

describe.each(dialects)('chat webhooks on %s', (dialect) => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let admin: ApiClient;
  let responder: ApiClient;
  let token: string;
  const channels: Record<'slack' | 'teams' | 'google_chat' | 'webhook', string> = {
    slack: '',
    teams: '',
    google_chat: '',
    webhook: '',
  };

  const addChannel = async (body: Record<string, unknown>) => {
    const res = await admin.post('/api/notify/channels', body);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const publicReport = async (overrides: Record<string, unknown> = {}) =>
    (await t.anonymous().post(`/api/public/report/${token}`, buildReport({ contact: 'Extension 1', ...overrides })))
      .body.incidentId as string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    receiver = await WebhookReceiver.start();
    receiver.secret = SIGNING_SECRET;
    admin = await t.signIn('admin');
    responder = await t.signIn('responder', { locale: 'ja' });
    await t.signIn('responder');
    token = await reportToken(admin);
    channels.slack = await addChannel({ type: 'slack', name: '#incident', url: receiver.url(SLACK_PATH) });
    channels.teams = await addChannel({ type: 'teams', name: 'IR team', url: receiver.url('/teams?sig=teamssig42') });
    channels.google_chat = await addChannel({
      type: 'google_chat',
      name: 'IR space',
      locale: 'en',
      url: receiver.url('/gchat?key=k&token=gchattoken77'),
    });
    channels.webhook = await addChannel({
      type: 'webhook',
      name: 'SIEM',
      url: receiver.url('/hook'),
      secret: SIGNING_SECRET,
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it('lists channels for admins only, without the secret part of a URL or the signing secret', async () => {
    const list = await admin.get('/api/notify/channels');
    expect(list.body.channels.map((c: { type: string }) => c.type)).toEqual([
      'slack',
      'teams',
      'google_chat',
      'webhook',
    ]);
    const text = JSON.stringify(list.body);
    for (const secret of ['slacksecret9876', 'teamssig42', 'gchattoken77', SIGNING_SECRET])
      expect(text).not.toContain(secret);
    const slack = list.body.channels[0];
    expect(slack.urlHint).toBe(`http://127.0.0.1:${receiver.port}/…9876`);
    expect(list.body.channels[3].secretSet).toBe(true);

    expect((await responder.get('/api/notify/channels')).status).toBe(403);
    expect(
      (await responder.post('/api/notify/channels', { type: 'slack', name: 'x', url: 'https://x.test/a' })).status,
    ).toBe(403);
    const bad = await admin.post('/api/notify/channels', { type: 'webhook', name: 'x', url: 'ftp://x.test/a' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['secret', 'url']);

    // A change that leaves the URL out keeps it.
    const renamed = await admin.put(`/api/notify/channels/${channels.slack}`, {
      type: 'slack',
      name: '#ir',
      locale: 'ja',
    });
    expect([renamed.status, renamed.body.name, renamed.body.urlHint]).toEqual([200, '#ir', slack.urlHint]);
  });

  it("posts a test message in each service's format and shows the receiver's exact answer", async () => {
    for (const id of Object.values(channels)) {
      const res = await admin.post(`/api/notify/channels/${id}/test`);
      expect([res.status, res.body.ok, res.body.status, res.body.response]).toEqual([200, true, 200, 'HTTP 200: ok']);
    }
    const slack = receiver.postsTo(SLACK_PATH).at(-1)?.json as { text: string };
    expect(slack.text).toMatch(/^\*【初動】テストメッセージ\*\n/);
    const teams = receiver.postsTo('/teams?sig=teamssig42').at(-1)?.json as {
      type: string;
      attachments: { contentType: string; content: { type: string; body: { text: string }[] } }[];
    };
    expect(teams.type).toBe('message');
    expect(teams.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0]?.content.body[0]?.text).toBe('【初動】テストメッセージ');
    const google = receiver.postsTo('/gchat?key=k&token=gchattoken77').at(-1)?.json as { text: string };
    expect(google.text).toMatch(/^\*\[Shodo\] Test message\*\n/);
    const hook = receiver.postsTo('/hook').at(-1);
    if (!hook) throw new Error('nothing posted to the generic webhook');
    expect(hook.signatureValid).toBe(true);
    expect(hook.json).toMatchObject({ kind: 'channel_test', incidentId: null, subject: '【初動】テストメッセージ' });
    expect(hook.headers['idempotency-key']).toBe((hook.json as { idempotencyKey: string }).idempotencyKey);

    receiver.answer('/hook', { status: 500, body: 'boom: queue full' });
    const failed = await admin.post(`/api/notify/channels/${channels.webhook}/test`);
    expect(failed.body).toMatchObject({ ok: false, status: 500, response: 'HTTP 500: boom: queue full' });
    expect((await responder.post(`/api/notify/channels/${channels.webhook}/test`)).status).toBe(403);
  });

  it('posts each desk notice once per channel, and retries a receiver that fails or does not answer', async () => {
    const routing = await admin.put('/api/notify/routing', {
      rules: { intake_desk: { email: false, channels: [channels.slack, channels.webhook] } },
    });
    expect(routing.status).toBe(200);
    expect(routing.body.rules.briefing).toEqual({ email: true, channels: [], alsoEmail: [] });
    receiver.answer(SLACK_PATH, { status: 500, body: 'internal_error' }, 'hang');
    const slackBefore = receiver.postsTo(SLACK_PATH).length;

    const id = await publicReport({ where: '経理部のPC' });
    const rows = await outbox(t, id);
    // Three people were told (no desk is designated), but each channel gets one copy, and no mail.
    expect(rows.map((r) => r.channel).sort()).toEqual(['slack', 'webhook']);
    await deliverAll(t, { sendTimeoutMs: 300 });

    const slack = (await outbox(t, id)).find((r) => r.channel === 'slack');
    expect([slack?.status, slack?.attempts, slack?.recipient]).toEqual(['sent', 3, '#ir']);
    // The copy is in the channel's language (Japanese), taken from the Japanese responder's notice.
    expect(slack?.subject).toBe('【初動】新しい報告: 経理部のPC');
    const events = (await eventsOf(t, id)).filter((e) => e.data.channel === 'slack');
    expect(events.map((e) => [e.type, e.data.error ?? e.data.response])).toEqual([
      ['notification.attempt_failed', 'HTTP 500: internal_error'],
      ['notification.attempt_failed', 'no answer within 300 ms'],
      ['notification.delivered', 'HTTP 200: ok'],
    ]);
    const posts = receiver.postsTo(SLACK_PATH).slice(slackBefore);
    expect(posts).toHaveLength(3);
    // Every retry carries the same body and idempotency key.
    expect(new Set(posts.map((p) => p.body)).size).toBe(1);
    expect(new Set(posts.map((p) => p.headers['idempotency-key'])).size).toBe(1);

    const hook = receiver.postsTo('/hook').at(-1);
    expect(hook?.signatureValid).toBe(true);
    expect(hook?.json).toMatchObject({ kind: 'intake_desk', incidentId: id });
  });

  it('gives up at once on a webhook that is gone, and stops posting to a removed channel', async () => {
    await admin.put('/api/notify/routing', {
      rules: { intake_desk: { email: false, channels: [channels.google_chat] } },
    });
    receiver.answer('/gchat?key=k&token=gchattoken77', { status: 404, body: 'Not Found' });
    const id = await publicReport();
    await deliverAll(t);
    const [gone] = await outbox(t, id);
    expect([gone?.status, gone?.attempts, gone?.lastError]).toEqual(['failed', 1, 'HTTP 404: Not Found']);

    const next = await publicReport();
    expect((await admin.call('DELETE', `/api/notify/channels/${channels.google_chat}`)).status).toBe(204);
    expect((await admin.get('/api/notify/routing')).body.rules.intake_desk.channels).toEqual([]);
    await deliverAll(t);
    const [orphan] = await outbox(t, next);
    expect([orphan?.status, orphan?.lastError]).toEqual(['failed', 'the chat channel was removed']);
  });

  it('keeps a restricted incident out of chat, and refuses chat for notices that may go outside', async () => {
    await admin.put('/api/notify/routing', { rules: { briefing: { channels: [channels.teams] } } });
    await t.signIn('manager');
    const open = (await responder.post('/api/incidents', buildReport({ contact: 'Extension 2' }))).body.incidentId;
    await responder.post(`/api/incidents/${open}/briefings`, {});
    expect((await outbox(t, open)).filter((r) => r.channel === 'teams')).toHaveLength(1);

    const hidden = (await responder.post('/api/incidents', buildReport({ contact: 'Extension 3' }))).body;
    const detail = (await responder.get(`/api/incidents/${hidden.incidentId}`)).body;
    await responder.patch(`/api/incidents/${hidden.incidentId}`, {
      version: detail.version,
      restrictedTo: [responder.userId],
    });
    await responder.post(`/api/incidents/${hidden.incidentId}/briefings`, {});
    expect((await outbox(t, hidden.incidentId)).filter((r) => r.channel !== 'email')).toEqual([]);

    const refused = await admin.put('/api/notify/routing', {
      rules: { intake_receipt: { channels: [channels.slack] }, briefing: { channels: ['no-such-channel'] } },
    });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields)).toEqual(['rules.intake_receipt.channels']);
    const unknown = await admin.put('/api/notify/routing', { rules: { briefing: { channels: ['no-such-channel'] } } });
    expect(Object.keys(unknown.body.error.fields)).toEqual(['rules.briefing.channels.0']);
    expect((await responder.get('/api/notify/routing')).status).toBe(403);
  });
});
