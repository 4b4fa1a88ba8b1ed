/**
 * Warnings about spoofed mail, and what happens when a notice cannot be delivered, through the UI and a
 * real SMTP server: the admin makes distribution lists, a responder sends the staff warning from the
 * playbook's template in step 4 and follows each recipient's delivery; the address the mail server
 * refuses is highlighted on the incident page, counted on the dashboard, and sent again from the log.
 */
import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportReceipt } from '../src/shared/api-types.js';
import type { DistributionListView } from '../src/shared/notify-types.js';
import { parseMail, SmtpListener } from '../test/support/smtp-listener.js';
import {
  ApiClient,
  type Credentials,
  createUser,
  ORG_NAME,
  type Organisation,
  setUpOrganisation,
} from './support/api.js';
import { launchChromium } from './support/browser.js';
import { t } from './support/i18n.js';
import { pageProblems } from './support/page-check.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import {
  signIn,
  tid,
  waitForAttribute,
  waitForCount,
  waitForText,
  waitForUrl,
  waitUntil,
  watchConsole,
} from './support/ui.js';

const STAFF = ['staff.a@example.test', 'staff.b@example.test', 'gone@example.test'];
const PARTNER = 'partner@example.test';
const REFUSED = 'gone@example.test';
const MAIL_WAIT_MS = 15_000;

let server: RunningServer;
let browser: Browser;
let smtp: SmtpListener;
let org: Organisation;
let responder: Credentials;
let incidentId = '';
let responderPage: Page;
let staffListId = '';
const contexts: BrowserContext[] = [];
const watched: { problems: string[] }[] = [];

async function open(user: Credentials, path: string): Promise<Page> {
  const { context, page } = await signIn(browser, server.baseUrl, user, path);
  contexts.push(context);
  watched.push(watchConsole(page));
  return page;
}

const parsedTo = (address: string): Promise<ParsedMail[]> => Promise.all(smtp.to(address).map(parseMail));

beforeAll(async () => {
  [server, browser, smtp] = await Promise.all([
    startE2eServer({ env: { NOTIFY_POLL_MS: '50', NOTIFY_RETRY_BASE_MS: '200', NOTIFY_RETRY_MAX_MS: '1000' } }),
    launchChromium(),
    SmtpListener.start(),
  ]);
  smtp.refuse.set(REFUSED, { code: 550, text: 'No such user here' });
  org = await setUpOrganisation(server.baseUrl);
  await org.admin.ok('PUT', '/api/notify/smtp', {
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    fromAddress: 'shodo@example.test',
  });
  responder = await createUser(org.admin, {
    email: 'responder@example.test',
    name: '対応 花子',
    role: 'responder',
    locale: 'ja',
  });
  const api = new ApiClient(server.baseUrl);
  await api.ok('POST', '/api/auth/login', { email: responder.email, password: responder.password });
  const receipt = await api.ok<ReportReceipt>('POST', '/api/incidents', {
    whatHappened: '社長を名乗るメールで、至急の振込を頼まれたと複数の社員から連絡があった。',
    where: '全社のメール',
    contact: '内線 3456',
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

describe('warnings, failed notices and sending again', () => {
  it('the admin makes an internal and an external distribution list', async () => {
    const page = await open(org.adminCredentials, '/admin/notifications#distribution-lists');
    await page.locator(tid('dlist-form')).waitFor();
    await page.locator(tid('dlist-add-internal')).click();
    await page.locator(tid('dlist-add-external')).click();
    const rows = page.locator(tid('dlist-row'));
    await waitForCount(rows, 2);
    await rows.nth(0).locator(tid('dlist-name')).fill('全社員');
    await rows.nth(0).locator(tid('dlist-emails')).fill(STAFF.join('\n'));
    await rows.nth(1).locator(tid('dlist-name')).fill('主要取引先');
    await rows.nth(1).locator(tid('dlist-emails')).fill(PARTNER);
    await page.locator(tid('dlist-save')).click();
    await page.locator(tid('dlist-saved')).waitFor();
    const { lists } = await org.admin.ok<{ lists: DistributionListView[] }>('GET', '/api/notify/distribution-lists');
    expect(lists.map((l) => [l.name, l.audience, l.count])).toEqual([
      ['全社員', 'internal', 3],
      ['主要取引先', 'external', 1],
    ]);
    staffListId = lists[0]?.id ?? '';
  });

  it('a responder sends the staff warning from the template and sees each delivery', async () => {
    responderPage = await open(responder, `/incidents/${incidentId}#step-4`);
    const composer = responderPage.locator(tid('warning-composer'));
    // The playbook's internal warning, filled with the organisation, the incident number and the desk.
    const subject = await waitUntil(
      'the template subject',
      () => composer.locator(tid('warning-subject')).inputValue(),
      (v) => v.includes(incidentId),
    );
    expect(subject).toContain('なりすましメール');
    const body = await composer.locator(tid('warning-body')).inputValue();
    expect(body).toContain(ORG_NAME);
    expect(body).toContain('情報システム課');
    await waitForCount(composer.locator(`${tid('warning-lists')} input[type="checkbox"]`), 1);

    await composer.locator(tid(`warning-list-${staffListId}`)).check();
    await composer.locator(tid('warning-send')).click();
    await waitForText(composer.locator(tid('warning-confirm')), t('ja', 'notify.warning.confirmBody'));
    await composer.locator(tid('warning-send-confirm')).click();
    await composer.locator(tid('warning-sent')).waitFor();

    const rows = composer.locator(tid('warning-delivery-row'));
    await waitForCount(rows, 3);
    for (const address of STAFF.filter((a) => a !== REFUSED))
      await waitForAttribute(
        composer.locator(`${tid('warning-delivery-row')}[data-recipient="${address}"]`),
        'data-status',
        'sent',
      );
    const refused = composer.locator(`${tid('warning-delivery-row')}[data-recipient="${REFUSED}"]`);
    await waitForAttribute(refused, 'data-status', 'failed');
    await waitForText(refused, '550');

    for (const address of STAFF.filter((a) => a !== REFUSED)) {
      const [mail] = await parsedTo(address);
      expect(mail?.subject).toBe(subject);
      expect(mail?.text?.trim()).toBe(body.trim());
    }
    expect(smtp.to(PARTNER)).toEqual([]);
    expect(await pageProblems(responderPage, 'incident page with a warning sent')).toEqual([]);
  });

  it('the refused address is highlighted on the incident page and counted on the dashboard', async () => {
    const failed = responderPage.locator(tid('notifications-failed'));
    await waitForAttribute(failed, 'data-count', '1');
    const row = responderPage.locator(`${tid('notification-row')}[data-recipient="${REFUSED}"]`);
    await waitForAttribute(row, 'data-status', 'failed');
    expect(await row.getAttribute('class')).toContain('row-failed');
    await waitForText(row.locator(tid('notification-last-error')), 'No such user here');

    await responderPage.locator(tid('nav-dashboard')).click();
    const card = responderPage.locator(tid('failed-notifications-card'));
    await waitForAttribute(card, 'data-count', '1');
    await waitForText(card, t('ja', 'notify.card.title', { n: 1 }));
    expect(await pageProblems(responderPage, 'dashboard with a failed notice')).toEqual([]);
    await card.locator(tid('failed-notifications-link')).click();
    await waitForUrl(
      responderPage,
      (u) => u.pathname === '/notifications' && u.searchParams.get('status') === 'failed',
      '/notifications?status=failed',
    );
  });

  it('once the address works again, the responder sends it again from the log', async () => {
    const log = responderPage.locator(tid('notify-log'));
    await waitForCount(log.locator(tid('notify-row')), 1);
    const row = log.locator(tid('notify-row')).first();
    await waitForAttribute(row, 'data-recipient', REFUSED);
    await waitForText(row.locator(tid('notify-last-error')), '550');
    expect(await pageProblems(responderPage, '/notifications?status=failed')).toEqual([]);
    await waitForAttribute(row.locator(tid('notify-attempts')), 'data-attempts', '1');

    smtp.refuse.delete(REFUSED);
    await row.locator(tid('notify-retry')).click();
    await responderPage.locator(tid('notify-retry-done')).waitFor();
    await responderPage.locator(tid('notify-filter-status')).selectOption('');
    const again = responderPage.locator(`${tid('notify-row')}[data-recipient="${REFUSED}"]`);
    await waitForAttribute(again, 'data-status', 'sent', MAIL_WAIT_MS);
    expect(smtp.to(REFUSED)).toHaveLength(1);

    // Nothing failed any more: the dashboard card goes away.
    await responderPage.locator(tid('nav-dashboard')).click();
    await responderPage.locator(tid('report-button')).waitFor();
    await waitForCount(responderPage.locator(tid('failed-notifications-card')), 0);
    expect(watched.flatMap((w) => w.problems)).toEqual([]);
  });
});
