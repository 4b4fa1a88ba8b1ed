/**
 * The browser side of the security headers: the main pages run under the Content Security Policy without
 * a single violation, only the server's own scripts run, and evidence files are downloaded, never shown.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, ReportReceipt } from '../src/shared/api-types.js';
import { ApiClient, type Credentials, createUser, type Organisation, setUpOrganisation } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { t } from './support/i18n.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import { newUserContext, signIn, tid, waitForText, waitUntil, watchConsole } from './support/ui.js';

interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

/** Records every `securitypolicyviolation` event of every document the context opens. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, page: location.pathname });
  });
`;

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

// An HTML file with a script in it: if the browser ever rendered it in our origin, it would run.
const EVIL_HTML = '<!doctype html><title>pwned</title><script>parent.__evidenceRan = true</script><h1>evidence</h1>';

let server: RunningServer;
let browser: Browser;
let org: Organisation;
let responder: Credentials;
let incident: IncidentDetail;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
  org = await setUpOrganisation(server.baseUrl);
  responder = await createUser(org.admin, {
    email: 'responder@example.test',
    name: 'Rei Responder',
    role: 'responder',
    locale: 'en',
  });
  const token = org.reportPath.split('/').pop() ?? '';
  const receipt = await new ApiClient(server.baseUrl).ok<ReportReceipt>('POST', `/api/public/report/${token}`, {
    whatHappened: 'A web page offered an HTML attachment that opened a login form',
    where: 'Browser on PC-042',
    contact: 'ext. 42',
    types: ['spoofed_mail'],
  });
  const form = new FormData();
  const fields = {
    item: 'Saved attachment',
    source: 'PC-042 Downloads folder',
    collectedBy: responder.name,
    collectedAt: '2025-11-27T10:00:00+09:00',
    storageLocation: 'Evidence share',
  };
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new File([EVIL_HTML], 'attachment.html', { type: 'text/html' }));
  const res = await fetch(`${server.baseUrl}/api/incidents/${receipt.incidentId}/evidence`, {
    method: 'POST',
    body: form,
    headers: { Cookie: org.admin.cookie, 'X-CSRF-Token': org.admin.csrfToken },
  });
  if (res.status !== 201) throw new Error(`evidence upload answered ${res.status}: ${await res.text()}`);
  incident = (await res.json()) as IncidentDetail;
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

/** Visits `path`, waits for the app to render `readyTestId`, and answers what the page loaded. */
async function visit(page: Page, path: string, readyTestId: string) {
  const loaded: string[] = [];
  const onRequest = (req: { resourceType(): string; url(): string }) => {
    if (['script', 'stylesheet', 'fetch', 'xhr', 'font', 'image'].includes(req.resourceType())) loaded.push(req.url());
  };
  page.on('request', onRequest);
  const response = await page.goto(path);
  await page.locator(tid(readyTestId)).first().waitFor();
  page.off('request', onRequest);
  return { response, loaded };
}

describe('Content Security Policy in the browser', () => {
  it('shows the main pages without a console error or a CSP violation, with scripts from our origin only', async () => {
    const anonymous = await newUserContext(browser, server.baseUrl);
    contexts.push(anonymous);
    await anonymous.addInitScript(RECORD_VIOLATIONS);
    const admin = await signIn(browser, server.baseUrl, org.adminCredentials);
    contexts.push(admin.context);
    await admin.context.addInitScript(RECORD_VIOLATIONS);
    const staff = await signIn(browser, server.baseUrl, responder);
    contexts.push(staff.context);
    await staff.context.addInitScript(RECORD_VIOLATIONS);

    const pages: { page: Page; path: string; ready: string }[] = [];
    const anonPage = await anonymous.newPage();
    pages.push(
      { page: anonPage, path: '/login', ready: 'login-email' },
      { page: anonPage, path: '/setup', ready: 'setup-done' },
      { page: anonPage, path: org.reportPath, ready: 'report-form' },
      { page: anonPage, path: '/set-password', ready: 'set-password-no-token' },
      { page: admin.page, path: '/', ready: 'incident-list' },
      { page: admin.page, path: '/report', ready: 'report-form' },
      { page: admin.page, path: `/incidents/${incident.id}`, ready: 'evidence-row' },
      { page: admin.page, path: '/vendors', ready: 'vendor-directory' },
      { page: admin.page, path: '/admin/settings', ready: 'settings-form' },
      { page: admin.page, path: '/admin/users', ready: 'user-list' },
      { page: staff.page, path: `/incidents/${incident.id}`, ready: 'facts-form' },
    );
    const consoles = new Map([anonPage, admin.page, staff.page].map((p) => [p, watchConsole(p)]));
    const reported: string[] = [];

    for (const { page, path, ready } of pages) {
      const { response, loaded } = await visit(page, path, ready);
      const csp = (await response?.headerValue('content-security-policy')) ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(csp, path).toContain("frame-ancestors 'none'");
      for (const url of loaded) expect(new URL(url).origin, `${path} loaded ${url}`).toBe(server.baseUrl);
      // No inline script anywhere: everything that runs came from our origin.
      const inline = await page.evaluate(() => document.querySelectorAll('script:not([src])').length);
      expect(inline, path).toBe(0);
      const external = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => new URL(s.src).origin),
      );
      expect(new Set(external), path).toEqual(new Set([server.baseUrl]));
      for (const v of await violations(page)) reported.push(`${path}: ${v.directive} blocked ${v.blocked}`);
    }
    // Everything at once, so a failure lists every page and message.
    const logged = [...consoles.values()].flatMap((c) => c.problems);
    expect({ violations: [...new Set(reported)], console: logged }).toEqual({ violations: [], console: [] });
  });

  it('runs only scripts from our own origin: inline and foreign scripts are blocked and reported', async () => {
    const context = await newUserContext(browser, server.baseUrl);
    contexts.push(context);
    await context.addInitScript(RECORD_VIOLATIONS);
    const page = await context.newPage();
    await visit(page, '/login', 'login-email');
    // The app itself works: the language switch (our script) changes the page.
    await page.locator(tid('lang-en')).click();
    await waitForText(page.locator('h1'), t('en', 'login.title'));

    // The same script, served from another origin (localhost is not 127.0.0.1), may not run here.
    const ownScript = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src]')?.src ?? '');
    const foreign = ownScript.replace('127.0.0.1', 'localhost');
    await page.evaluate((src) => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true;';
      document.body.append(inline);
      const other = document.createElement('script');
      other.src = src;
      document.body.append(other);
    }, foreign);

    const seen = await waitUntil(
      'two CSP violations (inline, foreign origin)',
      () => violations(page),
      (v) => v.length >= 2,
    );
    expect(seen.map((v) => v.directive).every((d) => d.startsWith('script-src'))).toBe(true);
    expect(seen.map((v) => v.blocked)).toEqual(expect.arrayContaining(['inline', foreign]));
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });
});

describe('evidence files', () => {
  it('are downloaded from the evidence register, never rendered in the page', async () => {
    const { context, page } = await signIn(browser, server.baseUrl, responder, `/incidents/${incident.id}`);
    contexts.push(context);
    const row = page.locator(tid('evidence-row')).filter({ hasText: 'Saved attachment' });
    const link = row.locator(tid('evidence-download'));
    await waitForText(link, 'attachment.html');
    const before = page.url();
    const popups: Page[] = [];
    context.on('page', (p) => popups.push(p));

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('attachment.html');
    const saved = await download.path();
    expect(fs.readFileSync(saved, 'utf8')).toBe(EVIL_HTML);
    expect(page.url()).toBe(before);
    expect(popups).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __evidenceRan?: boolean }).__evidenceRan)).toBeUndefined();
  });

  it('are downloaded even when their address is opened directly (Content-Disposition: attachment)', async () => {
    const { context, page } = await signIn(browser, server.baseUrl, responder);
    contexts.push(context);
    const url = incident.evidence[0]?.downloadUrl;
    if (!url) throw new Error('the uploaded evidence has no downloadUrl');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      // Chromium aborts a navigation that turns into a download; that is the expected outcome here.
      page.goto(url).catch((e: Error) => e),
    ]);
    expect(download.suggestedFilename()).toBe('attachment.html');
    expect(fs.readFileSync(await download.path(), 'utf8')).toBe(EVIL_HTML);
    // The browser stayed on the app; it never showed the HTML.
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.title()).not.toBe('pwned');
  });

  it('are served as opaque attachments with a sandboxing CSP of their own', async () => {
    const url = incident.evidence[0]?.downloadUrl ?? '';
    const res = await fetch(`${server.baseUrl}${url}`, { headers: { Cookie: org.admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // The route sets `default-src 'none'; sandbox` so a file opened anyway can run nothing in our origin.
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('sandbox');
    expect(csp).toContain("default-src 'none'");
  });
});
