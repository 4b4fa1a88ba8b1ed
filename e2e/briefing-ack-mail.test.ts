/**
 * A briefing by mail and its one-click acknowledgement, end to end through the UI and a real SMTP server
 * (smtp-server on 127.0.0.1, mails parsed with mailparser): the admin sets the mail server on
 * /admin/notifications, a responder sends a briefing from the incident page, the manager's mail arrives
 * in Japanese with its acknowledgement link, the link is opened in a browser with no session and confirmed
 * with the button (opening it alone records nothing), and the responder sees the manager's acknowledgement.
 */
import { createServer } from 'node:net';
import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, ReportReceipt } from '../src/shared/api-types.js';
import type { NotificationLogEntry, SmtpSettingsView } from '../src/shared/notify-types.js';
import { parseMail, type ReceivedMail, SmtpListener } from '../test/support/smtp-listener.js';
import { ApiClient, type Credentials, createUser, type Organisation, setUpOrganisation } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { t } from './support/i18n.js';
import { pageProblems } from './support/page-check.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import {
  newUserContext,
  signIn,
  tid,
  waitForAttribute,
  waitForText,
  waitForValue,
  waitUntil,
  watchConsole,
} from './support/ui.js';

const SMTP_USER = 'shodo-mailer';
const SMTP_PASSWORD = 'smtp pass for the e2e 42';
const MAIL_WAIT_MS = 15_000;

let server: RunningServer;
let browser: Browser;
let smtp: SmtpListener;
let org: Organisation;
let responder: Credentials;
let manager: Credentials;
let responderApi: ApiClient;
let incidentId = '';
let ackLink = '';
const contexts: BrowserContext[] = [];
const watched: { problems: string[] }[] = [];

/** Console problems so far; a refused link answering 400 is the page working as meant, not a problem. */
const consoleProblems = () =>
  watched.flatMap((w) => w.problems).filter((p) => !(/status of 400/.test(p) && /\/api\/public\/ack\//.test(p)));

/** A port nobody listens on right now, so the server can be started on it and put it in its links. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address !== 'object') throw new Error('no port');
  return address.port;
}

async function open(user: Credentials, path: string): Promise<Page> {
  const { context, page } = await signIn(browser, server.baseUrl, user, path);
  contexts.push(context);
  watched.push(watchConsole(page));
  return page;
}

async function mailsTo(address: string): Promise<{ raw: ReceivedMail; parsed: ParsedMail }[]> {
  return Promise.all(smtp.to(address).map(async (raw) => ({ raw, parsed: await parseMail(raw) })));
}

beforeAll(async () => {
  const port = await freePort();
  [server, browser, smtp] = await Promise.all([
    startE2eServer({
      env: {
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        NOTIFY_POLL_MS: '50',
        NOTIFY_RETRY_BASE_MS: '200',
        NOTIFY_RETRY_MAX_MS: '1000',
      },
    }),
    launchChromium(),
    SmtpListener.start({ user: SMTP_USER, pass: SMTP_PASSWORD }),
  ]);
  org = await setUpOrganisation(server.baseUrl);
  responder = await createUser(org.admin, {
    email: 'responder@example.test',
    name: '対応 花子',
    role: 'responder',
    locale: 'ja',
  });
  manager = await createUser(org.admin, {
    email: 'manager@example.test',
    name: '経営 次郎',
    role: 'manager',
    locale: 'ja',
  });
  responderApi = new ApiClient(server.baseUrl);
  await responderApi.ok('POST', '/api/auth/login', { email: responder.email, password: responder.password });
  const receipt = await responderApi.ok<ReportReceipt>('POST', '/api/incidents', {
    whatHappened: '取引先を名乗る人から、振込先の変更を求めるメールが届いた。',
    where: '経理部の共有メールアドレス',
    contact: '内線 2345',
    types: ['spoofed_mail'],
  });
  incidentId = receipt.incidentId;
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

describe('briefing mail and its acknowledgement link', () => {
  it('the admin sets the mail server in the UI, the password is never shown back, and a test mail arrives', async () => {
    const page = await open(org.adminCredentials, '/admin/notifications');
    await page.locator(tid('smtp-form')).waitFor();
    await waitForAttribute(page.locator(tid('smtp-state')), 'data-configured', 'false');
    await page.locator(tid('smtp-host')).fill('127.0.0.1');
    await page.locator(tid('smtp-secure')).selectOption('none');
    await page.locator(tid('smtp-port')).fill(String(smtp.port));
    await page.locator(tid('smtp-user')).fill(SMTP_USER);
    await page.locator(tid('smtp-password')).fill(SMTP_PASSWORD);
    await page.locator(tid('smtp-from')).fill('shodo@example.test');
    await page.locator(tid('smtp-from-name')).fill('初動 通知');
    await page.locator(tid('smtp-save')).click();
    await page.locator(tid('smtp-saved')).waitFor();

    // Stored, and never sent back: the field is empty again and only says that a password is set.
    await waitForAttribute(page.locator(tid('smtp-password-state')), 'data-set', 'true');
    await waitForValue(page.locator(tid('smtp-password')), '');
    await waitForText(page.locator(tid('smtp-password-state')), t('ja', 'notify.smtp.passwordStateSet'));
    const stored = await org.admin.ok<SmtpSettingsView>('GET', '/api/notify/smtp');
    expect(stored).toMatchObject({ host: '127.0.0.1', port: smtp.port, security: 'none', passwordSet: true });
    expect(JSON.stringify(stored)).not.toContain(SMTP_PASSWORD);
    await page.reload();
    await waitForValue(page.locator(tid('smtp-port')), String(smtp.port));
    expect(await page.locator(tid('smtp-password')).inputValue()).toBe('');
    expect(await page.content()).not.toContain(SMTP_PASSWORD);

    // A test mail to the admin: the server's own "250 …" answer is shown.
    await waitForValue(page.locator(tid('smtp-test-to')), org.adminCredentials.email);
    await page.locator(tid('smtp-test')).click();
    await waitForAttribute(page.locator(tid('smtp-test-result')), 'data-ok', 'true');
    await waitForText(page.locator(tid('smtp-test-result-response')), /^250\b/);
    const tests = await mailsTo(org.adminCredentials.email);
    expect(tests.map((m) => m.parsed.subject)).toContain('【初動】テストメッセージ');
    expect(await pageProblems(page, '/admin/notifications')).toEqual([]);
  });

  it('a responder sends a briefing from the incident page', async () => {
    const page = await open(responder, `/incidents/${incidentId}`);
    await page.locator(tid('briefing-preview')).waitFor();
    await page.locator(tid('briefing-decisions-needed')).fill('取引先への注意喚起を出してよいか、ご判断ください。');
    await page.locator(tid('briefing-send')).click();
    await page.locator(tid('briefing-sent')).waitFor();
    await waitForText(page.locator(tid('briefing-acks')), t('ja', 'briefing.notRead'));
  });

  it("the manager's mail arrives in Japanese, decoded, with the acknowledgement link", async () => {
    const briefing = (await responderApi.incident(incidentId)).briefings[0];
    if (!briefing) throw new Error('no briefing stored');
    const [mail] = await waitUntil(
      `the briefing mail to ${manager.email}`,
      () => mailsTo(manager.email),
      (mails) => mails.some((m) => m.parsed.headers.get('x-shodo-incident') === incidentId),
      MAIL_WAIT_MS,
    );
    if (!mail) throw new Error('no mail');
    expect(smtp.to(manager.email)).toHaveLength(1);
    expect(mail.raw.envelopeTo).toEqual([manager.email]);
    const to = Array.isArray(mail.parsed.to) ? mail.parsed.to[0] : mail.parsed.to;
    expect(to?.value.map((a) => a.address)).toEqual([manager.email]);
    // The subject travels MIME-encoded and comes back as the Japanese the responder sent.
    expect(mail.raw.raw).toMatch(/^Subject: =\?UTF-8\?/im);
    expect(mail.parsed.subject).toBe(`【初動】${briefing.subject}`);
    expect(mail.parsed.subject).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const text = mail.parsed.text ?? '';
    expect(text).toContain('インシデント対応窓口から報告が届きました');
    expect(text).toContain(briefing.body);
    expect(text).toContain(`${server.baseUrl}/incidents/${incidentId}`);
    expect(text).toContain('取引先への注意喚起を出してよいか、ご判断ください。');
    const link = new RegExp(`${server.baseUrl.replace(/[.]/g, '\\.')}/ack/[A-Za-z0-9._-]+`).exec(text)?.[0];
    if (!link) throw new Error(`no acknowledgement link in:\n${text}`);
    ackLink = link;
    // The HTML alternative carries the same link as a button.
    expect(typeof mail.parsed.html === 'string' ? mail.parsed.html : '').toContain(`href="${ackLink}"`);
  });

  it('opening the link in a browser with no session shows what it is for, and records nothing yet', async () => {
    const context = await newUserContext(browser, server.baseUrl);
    contexts.push(context);
    const page = await context.newPage();
    watched.push(watchConsole(page));
    await page.goto(ackLink);
    await waitForAttribute(page.locator(tid('ack-info')), 'data-kind', 'briefing');
    await waitForText(page.locator(tid('ack-info')), incidentId);
    await waitForText(page.locator(tid('ack-info')), t('ja', 'notify.ack.kind.briefing'));
    await waitForText(page.locator(tid('ack-info')), 'ma***@example.test');
    await waitForText(page.locator(tid('ack-confirm')), t('ja', 'notify.ack.confirm'));
    expect(await pageProblems(page, '/ack (open)')).toEqual([]);

    // A mail scanner that only opens the link acknowledges nothing.
    const before = await responderApi.incident(incidentId);
    expect(before.briefings[0]?.acknowledgements).toEqual([]);
    expect(before.notifications.find((n) => n.recipient === manager.email)?.acknowledgedAt).toBeNull();

    await page.locator(tid('ack-confirm')).click();
    await waitForAttribute(page.locator(tid('ack-result')), 'data-result', 'done');
    await waitForAttribute(page.locator(tid('ack-result')), 'data-briefing-acknowledged', 'true');
    await waitForText(page.locator(tid('ack-result')), t('ja', 'notify.ack.done.briefingRecorded'));
    expect(await pageProblems(page, '/ack (done)')).toEqual([]);

    // The same link again: already used. An altered one: not valid.
    await page.reload();
    await waitForAttribute(page.locator(tid('ack-result')), 'data-result', 'used');
    await waitForText(page.locator(tid('ack-result')), t('ja', 'notify.ack.refused.used.title'));
    expect(await pageProblems(page, '/ack (used)')).toEqual([]);
    // (Not the last character: its lowest bits are padding and would decode to the same signature.)
    const at = ackLink.length - 5;
    const altered = `${ackLink.slice(0, at)}${ackLink[at] === 'A' ? 'B' : 'A'}${ackLink.slice(at + 1)}`;
    await page.goto(altered);
    await waitForAttribute(page.locator(tid('ack-result')), 'data-result', 'invalid');
    await waitForText(page.locator(tid('ack-result')), t('ja', 'notify.ack.refused.invalid.title'));
    expect(await pageProblems(page, '/ack (altered)')).toEqual([]);
  });

  it('the responder sees on the incident page that the manager acknowledged the briefing', async () => {
    const page = await open(responder, `/incidents/${incidentId}`);
    await waitForText(page.locator(tid('briefing-acks')), manager.name);
    const row = page.locator(`${tid('notification-row')}[data-recipient="${manager.email}"][data-kind="briefing"]`);
    await waitForAttribute(row, 'data-status', 'sent');
    await waitForAttribute(row, 'data-acknowledged', 'true');
    // The log says the same.
    const log = await responderApi.ok<{ notifications: NotificationLogEntry[] }>(
      'GET',
      `/api/notifications?incidentId=${incidentId}`,
    );
    const entry = log.notifications.find((n) => n.kind === 'briefing' && n.recipient === manager.email);
    expect(entry).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(entry?.deliveredAt).not.toBeNull();
    expect(entry?.acknowledgedAt).not.toBeNull();
    const detail: IncidentDetail = await responderApi.incident(incidentId);
    expect(detail.briefings[0]?.acknowledgements.map((a) => a.name)).toEqual([manager.name]);
    expect(consoleProblems()).toEqual([]);
  });
});
