/**
 * "Send a test message" on /admin/notifications shows the receiving server's exact answer: a mail server
 * on a closed port (connection refused), then a signed generic webhook answering 500 and then 200. The
 * webhook's signing secret is shown once, right after it is made, and verifies the posts it signs.
 */
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelTestResult } from '../src/shared/notify-types.js';
import { WebhookReceiver } from '../test/support/webhook-receiver.js';
import { type Organisation, setUpOrganisation } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { t } from './support/i18n.js';
import { pageProblems } from './support/page-check.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import { signIn, tid, waitForAttribute, waitForCount, waitForText, watchConsole } from './support/ui.js';

let server: RunningServer;
let browser: Browser;
let receiver: WebhookReceiver;
let org: Organisation;
let context: BrowserContext;
let page: Page;
let browserConsole: { problems: string[] };

/** A loopback port that was free a moment ago and that nobody listens on now. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address !== 'object') throw new Error('no port');
  return address.port;
}

beforeAll(async () => {
  [server, browser, receiver] = await Promise.all([startE2eServer(), launchChromium(), WebhookReceiver.start()]);
  org = await setUpOrganisation(server.baseUrl);
  ({ context, page } = await signIn(browser, server.baseUrl, org.adminCredentials, '/admin/settings'));
  browserConsole = watchConsole(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  await receiver?.close();
});

describe('send a test message', () => {
  it('reaches the notification settings from the settings page and the header', async () => {
    await page.locator(tid('settings-notify-link')).click();
    await page.locator(tid('smtp-form')).waitFor();
    await page.locator(tid('nav-dashboard')).click();
    await page.locator(tid('nav-notify-settings')).click();
    await page.locator(tid('smtp-form')).waitFor();
  });

  it("shows the mail server's exact error for a closed port", async () => {
    const port = await closedPort();
    await waitForText(page.locator(tid('smtp-test-blocked')), t('ja', 'notify.smtp.notConfigured'));
    await page.locator(tid('smtp-host')).fill('127.0.0.1');
    await page.locator(tid('smtp-secure')).selectOption('none');
    await page.locator(tid('smtp-port')).fill(String(port));
    await page.locator(tid('smtp-from')).fill('shodo@example.test');
    // Testing unsaved changes would test the old settings: the button waits for a save.
    expect(await page.locator(tid('smtp-test')).isDisabled()).toBe(true);
    await page.locator(tid('smtp-save')).click();
    await page.locator(tid('smtp-saved')).waitFor();
    await page.locator(tid('smtp-test')).click();

    await waitForAttribute(page.locator(tid('smtp-test-result')), 'data-ok', 'false');
    await waitForText(page.locator(tid('smtp-test-result')), t('ja', 'notify.test.failed'));
    const shown = await page.locator(tid('smtp-test-result-response')).textContent();
    expect(shown).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    // Word for word what the server answers through the API.
    const api = await org.admin.ok<ChannelTestResult>('POST', '/api/notify/smtp/test', {
      to: org.adminCredentials.email,
    });
    expect(api).toMatchObject({ ok: false, status: null });
    expect(shown).toBe(api.response);
  });

  it('a generic webhook: its secret is shown once, signs the test post, and the answer is shown exactly', async () => {
    receiver.answer('/hook', { status: 500, body: 'boom: receiver down' });
    await page.locator(tid('channel-add')).click();
    await page.locator(tid('channel-type')).selectOption('webhook');
    await page.locator(tid('channel-name')).fill('社内システム');
    await page.locator(tid('channel-url')).fill(receiver.url('/hook'));
    await page.locator(tid('channel-save')).click();

    await page.locator(tid('channel-secret-once')).waitFor();
    const secret = (await page.locator(tid('channel-secret')).textContent()) ?? '';
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    receiver.secret = secret;
    const row = page.locator(`${tid('channel-row')}[data-type="webhook"]`);
    await waitForText(row.locator(tid('channel-secret-state')), t('ja', 'notify.channels.secretSet'));

    await row.locator(tid('channel-test')).click();
    await waitForAttribute(row.locator(tid('channel-test-result')), 'data-ok', 'false');
    await waitForText(row.locator(tid('channel-test-result-response')), 'HTTP 500: boom: receiver down');
    const [post] = receiver.postsTo('/hook');
    expect(post?.signatureValid).toBe(true);
    expect(post?.json).toMatchObject({ kind: 'channel_test', incidentId: null, locale: 'ja' });

    await row.locator(tid('channel-test')).click();
    await waitForAttribute(row.locator(tid('channel-test-result')), 'data-ok', 'true');
    await waitForText(row.locator(tid('channel-test-result-response')), 'HTTP 200: ok');
    expect(await pageProblems(page, '/admin/notifications (test results)')).toEqual([]);

    // Once: after leaving the page the secret is gone for good, only "set" remains.
    await page.reload();
    await waitForText(page.locator(`${tid('channel-row')}[data-type="webhook"]`), '社内システム');
    await waitForCount(page.locator(tid('channel-secret')), 0);
    expect(await page.content()).not.toContain(secret);
    expect(browserConsole.problems).toEqual([]);
  });
});
