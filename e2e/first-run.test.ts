/**
 * A brand-new installation, driven only through the UI: the first administrator, the response desk,
 * a new user with a set-password link, what a reporter may see, and the language switch.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportReceipt, UserView } from '../src/shared/api-types.js';
import { ApiClient, type Credentials, PASSWORD } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { t } from './support/i18n.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import {
  newUserContext,
  signIn,
  tid,
  waitForAttribute,
  waitForCount,
  waitForLanguage,
  waitForText,
  waitForUrl,
  waitForValue,
  waitUntil,
  watchConsole,
} from './support/ui.js';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

const admin: Credentials = {
  email: 'first.admin@example.test',
  name: '初代 管理者',
  password: PASSWORD,
  role: 'admin',
  locale: 'ja',
};
const reporter: Credentials = {
  email: 'reporter@example.test',
  name: 'Riko Reporter',
  password: 'a long passphrase for riko',
  role: 'reporter',
  locale: 'en',
};
let adminPage: Page;
let reportPath = '';
let reporterPage: Page;

async function freshPage(locale = 'ja-JP'): Promise<Page> {
  const context = await newUserContext(browser, server.baseUrl, locale);
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

describe('first run', () => {
  it('creates the first administrator on /setup, after which /setup no longer offers the form', async () => {
    adminPage = await freshPage();
    const console = watchConsole(adminPage);
    await adminPage.goto('/');
    // Nobody is signed in and no admin exists: the login page points to the setup.
    await waitForUrl(adminPage, (u) => u.pathname === '/login', '/login');
    await waitForText(adminPage.locator('main'), t('ja', 'login.needsSetup'));
    await adminPage.locator(tid('go-setup')).click();
    await waitForUrl(adminPage, (u) => u.pathname === '/setup', '/setup');
    await waitForText(adminPage.locator('h1'), t('ja', 'setup.title'));

    await adminPage.locator(tid('setup-name')).fill(admin.name);
    await adminPage.locator(tid('setup-email')).fill(admin.email);
    await adminPage.locator(tid('setup-password')).fill(admin.password);
    await adminPage.locator(tid('setup-password-confirm')).fill(`${admin.password}!`);
    await adminPage.locator(tid('setup-submit')).click();
    await waitForText(adminPage.locator('main'), t('ja', 'validation.passwordMismatch'));
    await adminPage.locator(tid('setup-password-confirm')).fill(admin.password);
    await waitForValue(adminPage.locator(tid('setup-locale')), 'ja');
    await adminPage.locator(tid('setup-submit')).click();

    await waitForUrl(adminPage, (u) => u.pathname === '/admin/settings' && u.search === '?welcome=1', 'the settings');
    await waitForText(adminPage.locator(tid('settings-welcome')), t('ja', 'settings.welcome.title'));
    await waitForText(adminPage.locator(tid('current-user')), admin.name);
    expect(console.problems).toEqual([]);

    // Someone else opening /setup now is told it is done, and the API refuses a second first admin.
    const other = await freshPage('en-GB');
    await other.goto('/setup');
    await waitForText(other.locator(tid('setup-done')), t('ja', 'setup.alreadyDone'));
    expect(await other.locator(tid('setup-name')).count()).toBe(0);
    expect(await other.locator(tid('setup-submit')).count()).toBe(0);
    await other.goto('/login');
    await other.locator(tid('login-email')).waitFor();
    expect(await other.locator(tid('go-setup')).count()).toBe(0);
    const again = await new ApiClient(server.baseUrl).call('POST', '/api/setup/first-admin', {
      email: 'intruder@example.test',
      name: 'Intruder',
      password: 'another long password',
    });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
  });

  it('lets the admin set the response desk and the departments in /admin/settings', async () => {
    // Until the desk is set, the home page tells the admin that preparation is unfinished.
    await adminPage.locator(tid('nav-dashboard')).click();
    await waitForText(adminPage.locator(tid('settings-hint')), t('ja', 'dashboard.setup.desk'));
    await adminPage.locator(tid('nav-settings')).click();
    const form = adminPage.locator(tid('settings-form'));
    await form.waitFor();
    await form.locator(tid('settings-org-name')).fill('初動テスト合同会社');
    await form.locator(tid('settings-desk-name')).fill('情報システム課');
    await form.locator(tid('settings-desk-email')).fill('desk@example.test');
    await form.locator(tid('settings-desk-phone')).fill('03-1234-5678');
    await form.locator(tid('settings-departments')).fill('営業部\n経理部\n\n総務部\n営業部');
    await form.locator(tid('settings-save')).click();
    await waitForText(form.locator(tid('settings-saved')), t('ja', 'common.saved'));
    await waitForValue(form.locator(tid('settings-departments')), '営業部\n経理部\n総務部');

    const link = adminPage.locator(tid('report-link'));
    await waitForText(link, `${server.baseUrl}/report/`);
    reportPath = new URL((await link.getAttribute('href')) ?? '').pathname;

    // It is stored: a reload shows the same values, and the home page no longer nags.
    await adminPage.reload();
    await waitForValue(adminPage.locator(tid('settings-desk-name')), '情報システム課');
    await waitForValue(adminPage.locator(tid('settings-desk-email')), 'desk@example.test');
    await waitForValue(adminPage.locator(tid('settings-org-name')), '初動テスト合同会社');
    await adminPage.locator(tid('nav-dashboard')).click();
    await adminPage.locator(tid('report-button')).waitFor();
    await waitForCount(adminPage.locator(tid('settings-hint')), 0);
  });

  it('creates a user in /admin/users whose set-password link works in another browser', async () => {
    await adminPage.locator(tid('nav-users')).click();
    const form = adminPage.locator(tid('user-create-form'));
    await form.waitFor();
    await form.locator(tid('user-name')).fill(reporter.name);
    await form.locator(tid('user-email')).fill(reporter.email);
    await form.locator(tid('user-role')).selectOption('reporter');
    await form.locator(tid('user-locale')).selectOption('en');
    await form.locator(tid('user-department')).fill('営業部');
    await form.locator(tid('user-create')).click();
    const created = form.locator(tid('user-created'));
    await waitForText(created, t('ja', 'users.created', { name: reporter.name }));
    const link = ((await created.locator(tid('user-setpassword-link')).textContent()) ?? '').trim();
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/set-password\\?token=`));
    const row = adminPage.locator(`${tid('user-row')}[data-email="${reporter.email}"]`);
    await waitForAttribute(row, 'data-role', 'reporter');

    reporterPage = await freshPage('en-GB');
    const console = watchConsole(reporterPage);
    await reporterPage.goto(link);
    await reporterPage.locator(tid('set-password')).fill(reporter.password);
    await reporterPage.locator(tid('set-password-confirm')).fill(reporter.password);
    await reporterPage.locator(tid('set-password-submit')).click();
    await waitForUrl(reporterPage, (u) => u.pathname === '/', 'home');
    await waitForText(reporterPage.locator(tid('current-user')), reporter.name);
    // The account was created with English as its language.
    await waitForLanguage(reporterPage, 'en');
    await waitForText(reporterPage.locator(tid('current-user')), t('en', 'role.reporter'));
    expect(console.problems).toEqual([]);

    // The link is single-use: a second visit cannot set a password again.
    const replay = await freshPage('en-GB');
    await replay.goto(link);
    await replay.locator(tid('set-password')).fill('yet another long password');
    await replay.locator(tid('set-password-confirm')).fill('yet another long password');
    await replay.locator(tid('set-password-submit')).click();
    await replay
      .locator(`${tid('error-message')}, .field-error`)
      .first()
      .waitFor();
    expect(new URL(replay.url()).pathname).toBe('/set-password');
  });

  it('shows a signed-in reporter only their own incidents', async () => {
    // Someone else reports through the public link.
    const token = reportPath.split('/').pop() ?? '';
    const other = await new ApiClient(server.baseUrl).ok<ReportReceipt>('POST', `/api/public/report/${token}`, {
      whatHappened: 'Strange pop-up on the reception PC',
      where: 'Reception PC',
      contact: 'ext. 100',
    });

    // The reporter reports something while signed in.
    await reporterPage.locator(tid('nav-report')).click();
    const form = reporterPage.locator(tid('report-form'));
    await form.locator(tid('report-what')).fill('I clicked a link in a mail that asked for my password.');
    await form.locator(tid('report-where')).fill('My laptop, Outlook');
    await form.locator(tid('report-contact')).fill('ext. 4321');
    await form.locator(tid('report-submit')).click();
    const mine = ((await reporterPage.locator(tid('report-receipt-id')).textContent()) ?? '').trim();
    expect(mine).toMatch(/^INC-\d{4}-\d{4}$/);
    await reporterPage.getByRole('link', { name: t('en', 'receipt.open') }).click();
    await waitForText(reporterPage.locator(tid('reporter-status-text')), t('en', 'reporterView.status.new'));
    await waitForText(reporterPage.locator(tid('incident-id')), mine);

    await reporterPage.locator(tid('nav-dashboard')).click();
    await waitForText(reporterPage.locator('#incidents-title'), t('en', 'dashboard.mine'));
    const rows = reporterPage.locator(tid('incident-row'));
    await waitForCount(rows, 1);
    await waitForAttribute(rows, 'data-incident-id', mine);
    // Someone else's incident does not exist for the reporter, even by its address.
    await reporterPage.goto(`/incidents/${other.incidentId}`);
    await waitForText(reporterPage.locator(tid('incident-not-found')), t('en', 'incident.notFound.title'));
    // Reporters have no vendors, settings or users in their menu.
    for (const nav of ['nav-vendors', 'nav-settings', 'nav-users']) {
      expect(await reporterPage.locator(tid(nav)).count()).toBe(0);
    }

    // The admin sees both.
    await adminPage.locator(tid('nav-dashboard')).click();
    await adminPage.reload();
    for (const id of [mine, other.incidentId]) {
      await adminPage.locator(`${tid('incident-row')}[data-incident-id="${id}"]`).waitFor();
    }
  });

  it('switches the UI between 日本語 and English, and keeps the choice across reloads and sign-ins', async () => {
    const page = reporterPage;
    await page.goto('/');
    await waitForLanguage(page, 'en');
    await waitForText(page.locator(tid('nav-dashboard')), t('en', 'nav.dashboard'));
    await waitForAttribute(page.locator(tid('lang-en')), 'aria-pressed', 'true');

    await page.locator(tid('lang-ja')).click();
    await waitForLanguage(page, 'ja');
    await waitForAttribute(page.locator(tid('lang-ja')), 'aria-pressed', 'true');
    await waitForAttribute(page.locator(tid('lang-en')), 'aria-pressed', 'false');
    await waitForText(page.locator(tid('nav-dashboard')), t('ja', 'nav.dashboard'));
    await waitForText(page.locator(tid('report-button')), t('ja', 'dashboard.report'));
    await waitForText(page.locator('#incidents-title'), t('ja', 'dashboard.mine'));

    await page.reload();
    await waitForLanguage(page, 'ja');
    await waitForText(page.locator(tid('report-button')), t('ja', 'dashboard.report'));
    // Saved to the account, not only to this browser: a sign-in elsewhere opens in Japanese.
    await waitForStoredLocale('ja');
    const elsewhere = await signIn(browser, server.baseUrl, { ...reporter, locale: 'en' });
    contexts.push(elsewhere.context);
    await waitForLanguage(elsewhere.page, 'ja');
    await waitForText(elsewhere.page.locator(tid('report-button')), t('ja', 'dashboard.report'));

    // And back.
    await page.locator(tid('lang-en')).click();
    await waitForLanguage(page, 'en');
    await page.reload();
    await waitForLanguage(page, 'en');
    await waitForText(page.locator(tid('report-button')), t('en', 'dashboard.report'));
    await waitForStoredLocale('en');

    // Anonymous pages remember the choice on this device.
    const anonymous = await freshPage();
    await anonymous.goto('/login');
    await waitForLanguage(anonymous, 'ja');
    await anonymous.locator(tid('lang-en')).click();
    await waitForText(anonymous.locator('h1'), t('en', 'login.title'));
    await anonymous.reload();
    await waitForLanguage(anonymous, 'en');
    await waitForText(anonymous.locator('h1'), t('en', 'login.title'));
  });
});

/** Polls the admin's user list until the reporter's stored locale is `locale`. */
async function waitForStoredLocale(locale: 'ja' | 'en') {
  const api = new ApiClient(server.baseUrl);
  await api.ok('POST', '/api/auth/login', { email: admin.email, password: admin.password });
  await waitUntil(
    `the reporter's stored locale to be ${locale}`,
    async () =>
      (await api.ok<{ users: UserView[] }>('GET', '/api/users')).users.find((u) => u.email === reporter.email),
    (user) => user?.locale === locale,
  );
}
