/**
 * Two responders on the same incident at once: the second save is refused with a clear conflict message,
 * nothing typed is lost, and saving again stores it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportReceipt } from '../src/shared/api-types.js';
import { ApiClient, type Credentials, createUser, type Organisation, setUpOrganisation } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { type Locale, t } from './support/i18n.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import { signIn, tid, waitForCount, waitForText, waitForValue, watchConsole } from './support/ui.js';

let server: RunningServer;
let browser: Browser;
let org: Organisation;
let first: Credentials; // works in Japanese
let second: Credentials; // works in English
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
  org = await setUpOrganisation(server.baseUrl);
  first = await createUser(org.admin, {
    email: 'first@example.test',
    name: '先手 あおい',
    role: 'responder',
    locale: 'ja',
  });
  second = await createUser(org.admin, {
    email: 'second@example.test',
    name: 'Sam Second',
    role: 'responder',
    locale: 'en',
  });
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

async function newIncident(what: string): Promise<string> {
  const token = org.reportPath.split('/').pop() ?? '';
  const receipt = await new ApiClient(server.baseUrl).ok<ReportReceipt>('POST', `/api/public/report/${token}`, {
    whatHappened: what,
    where: 'PC-101',
    contact: 'ext. 101',
    types: ['malware'],
  });
  return receipt.incidentId;
}

async function openAs(user: Credentials, id: string): Promise<Page> {
  const { context, page } = await signIn(browser, server.baseUrl, user, `/incidents/${id}`);
  contexts.push(context);
  await page.locator(`article[data-incident-id="${id}"]`).waitFor();
  await page.locator(tid('facts-form')).waitFor();
  return page;
}

/** The conflict notice, in the user's language, with the facts form's own explanation. */
async function expectConflict(page: Page, locale: Locale) {
  const notice = page.locator(tid('step-2')).locator(tid('conflict-message'));
  await waitForText(notice, t(locale, 'errors.conflict.title'));
  await waitForText(notice, t(locale, 'facts.conflict'));
  expect(await page.locator(tid('step-2')).locator(tid('facts-saved')).count()).toBe(0);
}

describe('two responders edit the same incident', () => {
  it('the second save gets the conflict message, keeps the typed text, and stores it when saved again', async () => {
    const id = await newIncident('Files renamed to .locked on the shared drive');
    const a = await openAs(first, id);
    const b = await openAs(second, id);
    const consoleA = watchConsole(a);
    const versionBefore = await b.locator('article').getAttribute('data-version');

    // Both start typing the same fact; the first to press save wins.
    const bText = 'Sam from IT, who saw the ransom note at 09:40';
    await b.locator(tid('fact-foundBy')).fill(bText);
    const aText = '経理部 高橋(09:30 に気づいた)';
    await a.locator(tid('fact-foundBy')).fill(aText);
    await a.locator(tid('facts-save')).click();
    await waitForText(a.locator(tid('facts-saved')), t('ja', 'facts.saved'));
    expect((await org.admin.incident(id)).facts.foundBy).toEqual({ known: true, value: aText });

    await b.locator(tid('facts-save')).click();
    await expectConflict(b, 'en');
    // What B typed is still there, next to what is saved now.
    await waitForValue(b.locator(tid('fact-foundBy')), bText);
    await waitForText(b.locator(tid('fact-foundBy-saved')), t('en', 'facts.savedNow', { value: aText }));
    // The page moved to the current version, so the next save can succeed.
    const versionAfter = await b.locator('article').getAttribute('data-version');
    expect(Number(versionAfter)).toBeGreaterThan(Number(versionBefore));
    expect((await org.admin.incident(id)).facts.foundBy).toEqual({ known: true, value: aText });

    await b.locator(tid('facts-save')).click();
    await waitForText(b.locator(tid('facts-saved')), t('en', 'facts.saved'));
    await waitForCount(b.locator(tid('conflict-message')), 0);
    await waitForCount(b.locator(tid('fact-foundBy-saved')), 0);
    await waitForValue(b.locator(tid('fact-foundBy')), bText);
    expect((await org.admin.incident(id)).facts.foundBy).toEqual({ known: true, value: bText });
    expect(consoleA.problems).toEqual([]);
  });

  it('edits of different facts are merged after the conflict: nobody’s input is lost', async () => {
    const id = await newIncident('Pop-up asks to call a support number');
    const a = await openAs(second, id); // English this time saves first
    const b = await openAs(first, id);

    const why = '見慣れない英語の警告が繰り返し表示された';
    await b.locator(tid('fact-whyAbnormal')).fill(why);
    const who = 'Front desk, Yuki';
    await a.locator(tid('fact-foundBy')).fill(who);
    await a.locator(tid('facts-save')).click();
    await waitForText(a.locator(tid('facts-saved')), t('en', 'facts.saved'));

    await b.locator(tid('facts-save')).click();
    await expectConflict(b, 'ja');
    // B did not touch "found by": it now shows A's saved value; B's own text stays where B typed it.
    await waitForValue(b.locator(tid('fact-foundBy')), who);
    await waitForValue(b.locator(tid('fact-whyAbnormal')), why);

    await b.locator(tid('facts-save')).click();
    await waitForText(b.locator(tid('facts-saved')), t('ja', 'facts.saved'));
    const stored = await org.admin.incident(id);
    expect(stored.facts.foundBy).toEqual({ known: true, value: who });
    expect(stored.facts.whyAbnormal).toEqual({ known: true, value: why });
  });
});
