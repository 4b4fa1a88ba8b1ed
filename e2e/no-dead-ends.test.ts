/**
 * No dead ends: every page of the UI, for an incident in each state and for each role, in Japanese and in
 * English, shows either what to do next or says that nothing is left to do here and where to go instead.
 * Each page is also checked with axe-core (WCAG 2 A and AA): serious and critical violations fail, named by
 * page, rule and element. And no page shows a translation key instead of its text.
 *
 * One server and one browser; one context per role and language, each walking its pages in turn.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, ReportReceipt, UserView } from '../src/shared/api-types.js';
import type { IncidentStatus, Urgency } from '../src/shared/incident-schemas.js';
import {
  ApiClient,
  type Credentials,
  createUser,
  createVendor,
  type Organisation,
  setUpOrganisation,
} from './support/api.js';
import { formatAxe, seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { untranslatedKeys, waitForGuidance } from './support/guidance.js';
import { type Locale, t } from './support/i18n.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import { newUserContext, signIn, tid, waitForText, waitUntil } from './support/ui.js';

const LOCALES = ['ja', 'en'] as const;
const ROLES = ['reporter', 'responder', 'manager', 'admin'] as const;
type Role = (typeof ROLES)[number];

/** The incident states the pages are checked in, and how each is reached through the API. */
const STATES = [
  { state: 'new', status: 'new' },
  { state: 'investigating', status: 'investigating' },
  { state: 'contained', status: 'contained' },
  { state: 'not_incident', status: 'not_incident' },
  { state: 'incident_high', status: 'incident', urgency: 'high' },
  { state: 'incident_medium', status: 'incident', urgency: 'medium' },
  { state: 'incident_low', status: 'incident', urgency: 'low' },
  { state: 'handed_over', status: 'handed_over' },
  { state: 'closed', status: 'closed' },
] as const satisfies readonly { state: string; status: IncidentStatus; urgency?: Urgency }[];
type State = (typeof STATES)[number]['state'];

interface Target {
  name: string;
  path: string;
  /** A selector that shows the page is in the state meant (waited for before checking). */
  expect: string;
  /** The translation key of the page's <h1>, when `expect` alone does not tell this page from the last one. */
  h1?: string;
  /** Serve this API path a body the page cannot render, to reach the error page (loads the page afresh). */
  broken?: string;
}

let server: RunningServer;
let browser: Browser;
let org: Organisation;
let vendorId = '';
/** A set-password link not used yet. */
let setPasswordPath = '';
const users = {} as Record<Locale, Record<Role, Credentials>>;
const incidents = {} as Record<Locale, Record<State, string>>;
/** Problems found on the first-run pages, before an administrator exists. */
const firstRunProblems: string[] = [];

/** At most `n` walks at once: the machines running this have few cores, and axe is heavy. */
function limit(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    while (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await work();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
const inTurn = limit(2);
/** A walk's clock starts while it still waits for its turn. */
const WALK_TIMEOUT_MS = 400_000;

async function apiAs(user: Credentials): Promise<ApiClient> {
  const client = new ApiClient(server.baseUrl);
  await client.ok('POST', '/api/auth/login', { email: user.email, password: user.password });
  return client;
}

/** Moves a freshly reported incident to `state` the way a responder would, through the API. */
async function bring(desk: ApiClient, id: string, state: State): Promise<IncidentDetail> {
  const path = `/api/incidents/${encodeURIComponent(id)}`;
  let detail = await desk.incident(id);
  const post = async (sub: string, body: Record<string, unknown>) => {
    detail = await desk.ok<IncidentDetail>('POST', `${path}/${sub}`, body);
  };
  const determine = (verdict: 'incident' | 'not_incident', urgency?: Urgency) =>
    post('determination', {
      version: detail.version,
      verdict,
      reason: verdict === 'incident' ? 'Files are encrypted on two PCs.' : 'A planned maintenance notice.',
      ...(urgency ? { urgency, criteria: { operations: urgency, information: urgency, recovery: urgency } } : {}),
    });
  switch (state) {
    case 'new':
      break;
    case 'investigating':
      detail = await desk.ok<IncidentDetail>('PUT', `${path}/facts`, {
        version: detail.version,
        facts: { foundBy: { known: true, value: 'Sales, Yamada' } },
      });
      break;
    case 'contained':
      for (const [i, item] of detail.checklist.entries()) {
        const state = i === 0 ? 'not_applicable' : 'done';
        detail = await desk.ok<IncidentDetail>('PUT', `${path}/checklist/${encodeURIComponent(item.key)}`, { state });
      }
      break;
    case 'not_incident':
      await determine('not_incident');
      break;
    case 'incident_high':
      await determine('incident', 'high');
      break;
    case 'incident_medium':
      await determine('incident', 'medium');
      break;
    case 'incident_low':
      await determine('incident', 'low');
      break;
    case 'handed_over':
      await determine('incident', 'medium');
      await post('support-requests', { vendorId, message: 'Please help us with this case.' });
      await post('handover', { version: detail.version, vendorId, note: 'All notes are in the case.' });
      break;
    case 'closed':
      await determine('incident', 'low');
      await post('close', { version: detail.version, reason: 'Cleaned up with the vendor.' });
      break;
  }
  return detail;
}

/**
 * Opens the page the way a link in the app would (the router follows the new address, no reload), or loads
 * it afresh when the app is not there yet; then waits for it in the right language and state, and applies
 * the rule, the key check and axe.
 */
async function check(page: Page, target: Target, locale: Locale, label: string): Promise<string[]> {
  const where = `${label} ${target.name} (${target.path})`;
  if (target.broken) {
    await page.route(`**${target.broken}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
    );
  }
  try {
    const inApp = !target.broken && (await page.evaluate(() => !!document.querySelector('.site-header')));
    if (inApp) {
      await page.evaluate((path) => {
        window.history.pushState(null, '', path);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, target.path);
    } else {
      await page.goto(target.path);
    }
    const h1 = target.h1 ? t(locale, target.h1) : null;
    try {
      await waitUntil(
        `${where} to render`,
        () =>
          page.evaluate(
            ({ lang, selector, h1 }) =>
              document.documentElement.lang === lang &&
              !document.querySelector('.loading') &&
              !!document.querySelector(selector) &&
              // biome-ignore lint/performance/useDomNodeTextContent: the heading as shown
              [...document.querySelectorAll('h1')].some((h) => h1 === null || h.innerText.trim() === h1),
            { lang: locale, selector: target.expect, h1 },
          ),
        (ready) => ready,
      );
    } catch (e) {
      return [`${where}: ${e instanceof Error ? e.message : String(e)}`];
    }
    return await inspect(page, where);
  } finally {
    if (target.broken) await page.unroute(`**${target.broken}`);
  }
}

async function inspect(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  const guidance = await waitForGuidance(page);
  if (!guidance.ok) problems.push(`${where}: neither a next action nor "nothing left" (${guidance.detail})`);
  const keys = await untranslatedKeys(page);
  if (keys.length > 0) problems.push(`${where}: shows translation keys instead of text: ${keys.join(', ')}`);
  problems.push(...formatAxe(where, await seriousAxeViolations(page)));
  return problems;
}

function signedInTargets(role: Role, locale: Locale): Target[] {
  const mine = incidents[locale];
  const staff = role !== 'reporter';
  const incidentPages = STATES.map(({ state, status, ...rest }): Target => {
    const id = mine[state];
    const urgency = 'urgency' in rest ? `[data-urgency="${rest.urgency}"]` : '';
    const root = staff ? `article[data-incident-id="${id}"]` : tid('reporter-view');
    return {
      name: `incident ${state}`,
      path: `/incidents/${id}`,
      expect: `${root} [data-testid="incident-status"][data-status="${status}"] ~ ${tid('incident-urgency')}${urgency}`,
    };
  });
  const admin = role === 'admin';
  return [
    { name: 'dashboard', path: '/', expect: '#dashboard-title' },
    { name: 'report', path: '/report', expect: tid('report-form') },
    ...incidentPages,
    { name: 'incident not found', path: '/incidents/INC-1999-9999', expect: tid('incident-not-found') },
    { name: 'vendors', path: '/vendors', expect: staff ? tid('vendor-directory') : 'main h1', h1: 'vendors.title' },
    {
      name: 'playbooks',
      path: '/playbooks',
      expect: staff ? tid('playbook-list') : 'main h1',
      h1: 'playbook.page.title',
    },
    {
      name: 'playbook',
      path: '/playbooks/ransomware',
      expect: staff ? tid('playbook-page') : tid('playbook-not-found'),
    },
    { name: 'playbook unknown', path: '/playbooks/no-such-type', expect: tid('playbook-not-found') },
    { name: 'glossary', path: '/glossary', expect: tid('glossary-page') },
    {
      name: 'settings',
      path: '/admin/settings',
      expect: admin ? tid('settings-form') : 'main h1',
      h1: 'settings.title',
    },
    { name: 'users', path: '/admin/users', expect: admin ? tid('user-list') : 'main h1', h1: 'users.title' },
    {
      name: 'preparation',
      path: '/admin/preparation',
      expect: admin ? tid('preparation-form') : 'main h1',
      h1: 'preparation.title',
    },
    {
      name: 'notification settings',
      path: '/admin/notifications',
      expect: admin ? tid('notify-settings-contents') : 'main h1',
      h1: 'notify.settings.title',
    },
    { name: 'notification log', path: '/notifications', expect: 'main h1', h1: 'notify.log.title' },
    {
      name: 'drills',
      path: '/drills',
      expect: role === 'responder' || admin ? tid('drill-form') : tid('drill-not-allowed'),
    },
    { name: 'not found', path: '/no/such/page', expect: 'main h1', h1: 'notFound.title' },
    {
      name: 'error',
      path: `/incidents/${mine.new}`,
      expect: 'main h1',
      h1: 'errors.page.title',
      broken: `/api/incidents/${mine.new}`,
    },
  ];
}

/** Fills the three required inputs of the report form and sends it; the receipt follows. */
async function sendReport(page: Page, locale: Locale): Promise<void> {
  await page
    .locator(tid('report-what'))
    .fill(locale === 'ja' ? '画面が固まり、警告が出た。' : 'The screen froze with a warning.');
  await page.locator(tid('report-where')).fill(locale === 'ja' ? '総務部の PC' : 'General affairs PC');
  await page.locator(tid('report-contact')).fill('ext. 1234');
  await page.locator(tid('report-submit')).click();
  await page.locator(tid('report-receipt')).waitFor();
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);

  // First run: nobody can sign in yet; /setup and /login must still say what to do.
  await Promise.all(
    LOCALES.map(async (locale) => {
      const context = await newUserContext(browser, server.baseUrl, locale === 'en' ? 'en-GB' : 'ja-JP');
      await context.addInitScript((lang) => localStorage.setItem('shodo.lang', lang), locale);
      const page = await context.newPage();
      for (const target of [
        { name: 'first-run setup', path: '/setup', expect: '#setup-form' },
        { name: 'first-run login', path: '/login', expect: tid('go-setup') },
      ]) {
        firstRunProblems.push(...(await check(page, target, locale, `anonymous (${locale})`)));
      }
      await context.close();
    }),
  );

  org = await setUpOrganisation(server.baseUrl);
  vendorId = (await createVendor(org.admin, 'Rapid Response Security Ltd.')).id;
  const fresh = await org.admin.ok<{ user: UserView; setPasswordPath: string }>('POST', '/api/users', {
    email: 'newcomer@example.test',
    name: 'New Comer',
    role: 'responder',
    locale: 'ja',
  });
  setPasswordPath = fresh.setPasswordPath;

  for (const locale of LOCALES) {
    const person = (role: Role) =>
      createUser(org.admin, {
        email: `${role}-${locale}@example.test`,
        name: `${role} ${locale}`,
        role,
        locale,
        ...(role === 'reporter' ? { department: '営業部' } : {}),
      });
    users[locale] = {
      reporter: await person('reporter'),
      responder: await person('responder'),
      manager: await person('manager'),
      admin: locale === 'ja' ? org.adminCredentials : await person('admin'),
    };
    // The reporter files every incident of this language, so they can open each one as its own reporter.
    const reporter = await apiAs(users[locale].reporter);
    const desk = await apiAs(users[locale].responder);
    const ids = {} as Record<State, string>;
    for (const { state, status } of STATES) {
      const receipt = await reporter.ok<ReportReceipt>('POST', '/api/incidents', {
        whatHappened: `Files on the shared drive will not open (${state}, ${locale}).`,
        where: 'Sales PC-023',
        contact: 'ext. 1234',
        types: ['ransomware'],
      });
      const detail = await bring(desk, receipt.incidentId, state);
      if (detail.status !== status) throw new Error(`${receipt.incidentId} is ${detail.status}, not ${status}`);
      ids[state] = receipt.incidentId;
    }
    incidents[locale] = ids;
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('every page says what to do next, or that nothing is left', () => {
  it('first run: /setup and /login before an administrator exists', () => {
    expect(firstRunProblems, firstRunProblems.join('\n')).toEqual([]);
  });

  describe.concurrent('signed in', () => {
    for (const locale of LOCALES) {
      for (const role of ROLES) {
        it(
          `${role} (${locale})`,
          async ({ expect }) => {
            const problems = await inTurn(async () => {
              const { context, page } = await signIn(browser, server.baseUrl, users[locale][role]);
              const label = `${role} (${locale})`;
              const found: string[] = [];
              try {
                for (const target of signedInTargets(role, locale)) {
                  found.push(...(await check(page, target, locale, label)));
                }
                if (role === 'reporter') {
                  // After sending: the receipt says what happens next and offers the way on.
                  await page.goto('/report');
                  await page.locator(tid('report-form')).waitFor();
                  await sendReport(page, locale);
                  found.push(...(await inspect(page, `${label} report receipt (/report)`)));
                }
              } finally {
                await context.close();
              }
              return found;
            });
            expect(problems, problems.join('\n')).toEqual([]);
          },
          WALK_TIMEOUT_MS,
        );
      }
    }

    for (const locale of LOCALES) {
      it(
        `anonymous (${locale})`,
        async ({ expect }) => {
          const problems = await inTurn(() => anonymousWalk(locale));
          expect(problems, problems.join('\n')).toEqual([]);
        },
        WALK_TIMEOUT_MS,
      );
    }
  });
});

async function anonymousWalk(locale: Locale): Promise<string[]> {
  const context = await newUserContext(browser, server.baseUrl, locale === 'en' ? 'en-GB' : 'ja-JP');
  await context.addInitScript((lang) => localStorage.setItem('shodo.lang', lang), locale);
  const page = await context.newPage();
  const label = `anonymous (${locale})`;
  const problems: string[] = [];
  try {
    const targets: Target[] = [
      { name: 'setup done', path: '/setup', expect: tid('setup-done') },
      { name: 'login', path: '/login', expect: '#login-form' },
      { name: 'set password without link', path: '/set-password', expect: tid('set-password-no-token') },
      { name: 'set password', path: setPasswordPath, expect: tid('set-password') },
      { name: 'public report link broken', path: '/report/not-a-real-link', expect: tid('report-link-invalid') },
      { name: 'not found', path: '/no/such/page', expect: 'main h1', h1: 'notFound.title' },
      { name: 'acknowledgement link broken', path: '/ack/not-a-real-link', expect: tid('ack-result') },
      { name: 'public report', path: org.reportPath, expect: tid('report-form') },
    ];
    for (const target of targets) problems.push(...(await check(page, target, locale, label)));
    await sendReport(page, locale);
    problems.push(...(await inspect(page, `${label} public report receipt`)));
    await waitForText(page.locator(tid('report-receipt')), t(locale, 'receipt.title'));
  } finally {
    await context.close();
  }
  return problems;
}
