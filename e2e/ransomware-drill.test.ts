/**
 * A newcomer walks a ransomware drill from the report to the vendor request, guided only by what the
 * screens say. After signing in (the only address typed), they start the drill from the header's "Drills"
 * link, go home, and from then on click the first action in the "What to do next" box each time, do what
 * the step it leads to asks (with plausible values, filling exactly what the screen lists as missing), and
 * come back to the box, until the support request to a vendor has been sent.
 *
 * Checked on the way: nothing is typed into the address bar (no full page load happens after sign-in);
 * every link lands on its step, which is in view and says what it is for; the box always offers a next
 * action that this user can do first, and each action done makes way for the next one.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIVE_FACTS, IMPACT_FACTS } from '../src/shared/incident-schemas.js';
import { type Credentials, createUser, setUpOrganisation } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { readGuidance, waitForGuidance } from './support/guidance.js';
import { type Locale, t } from './support/i18n.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import {
  signIn,
  tid,
  waitForAttribute,
  waitForCount,
  waitForText,
  waitForValue,
  waitUntil,
  watchConsole,
} from './support/ui.js';

let browser: Browser;
/** One organisation per language, so each newcomer's home page shows only their own drill. */
const servers: RunningServer[] = [];

/** What a newcomer would type, in their language. */
const VALUES = {
  ja: {
    foundAt: '2025-11-27T09:15',
    foundBy: '営業部 山田 花子',
    foundWhere: '営業部の PC(PC-023)',
    whatHappened: 'ファイルが開けなくなり、身代金を要求する画面が出た。',
    whyAbnormal: 'ファイル名の末尾が見たことのない文字列に変わっていた。',
    impact: '営業部の共有フォルダが使えない。',
    spread: '今のところ営業部の 1 台だけ。',
    actionsTaken: 'PC-023 の LAN ケーブルを抜き、Wi-Fi をオフにした(電源は入れたまま)。',
    reason: 'ファイルが暗号化され、脅迫文が表示されている。',
    vendor: 'サイバー駆け付け株式会社',
    services: '初動対応の助言、フォレンジック調査',
    hours: '24 時間 365 日',
    contact: '緊急窓口',
  },
  en: {
    foundAt: '2025-11-27T09:15',
    foundBy: 'Hanako Yamada, Sales',
    foundWhere: 'Sales PC (PC-023)',
    whatHappened: 'Files no longer open and a ransom note appeared.',
    whyAbnormal: 'File names ended in a string nobody had seen before.',
    impact: 'The sales shared folder cannot be used.',
    spread: 'Only one PC in Sales so far.',
    actionsTaken: 'Unplugged PC-023 from the LAN and turned Wi-Fi off (left it powered on).',
    reason: 'Files are encrypted and a ransom note is shown.',
    vendor: 'Rapid Response Security Ltd.',
    services: 'First-response advice, digital forensics',
    hours: '24/7',
    contact: 'Emergency desk',
  },
} satisfies Record<Locale, Record<string, string>>;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
});

/** A fresh organisation with one responder who has never handled an incident. */
async function newcomerIn(locale: Locale): Promise<{ server: RunningServer; newcomer: Credentials }> {
  const server = await startE2eServer();
  servers.push(server);
  const org = await setUpOrganisation(server.baseUrl);
  const newcomer = await createUser(org.admin, {
    email: `newcomer-${locale}@example.test`,
    name: locale === 'ja' ? '新人 一郎' : 'Nina Newcomer',
    role: 'responder',
    locale,
  });
  return { server, newcomer };
}

/** The first action offered in the incident's "What to do next" box. */
async function firstAction(page: Page) {
  const box = page.locator(tid('next-actions'));
  await box.scrollIntoViewIfNeeded(); // "come back" to the box
  const item = box.locator(tid('next-action')).first();
  await item.waitFor();
  return {
    item,
    key: (await item.getAttribute('data-key')) ?? '',
    mine: (await item.getAttribute('data-mine')) === 'true',
    // biome-ignore lint/performance/useDomNodeTextContent: what the newcomer reads
    text: (await item.innerText()).replace(/\s+/g, ' '),
    link: item.locator('a').first(),
  };
}

/** True once the element's box overlaps the window: the user sees it without scrolling. */
const inView = (page: Page, selector: string) =>
  waitUntil(
    `${selector} in view`,
    () =>
      page.evaluate((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect();
        return !!r && r.top < window.innerHeight && r.bottom > 0;
      }, selector),
    Boolean,
  );

/** Fills the facts the step lists as missing, of the group the action asks for, and saves. */
async function recordFacts(page: Page, keys: readonly string[], v: (typeof VALUES)[Locale], locale: Locale) {
  const step = page.locator(tid('step-2'));
  const missing = step.locator(tid('missing-facts'));
  await missing.waitFor();
  const listed: string[] = [];
  for (const key of keys) if ((await missing.locator(tid(`missing-${key}`)).count()) > 0) listed.push(key);
  expect(listed.length, 'the step names what is missing').toBeGreaterThan(0);
  for (const key of listed) {
    const value = v[key as keyof typeof v];
    if (!value) throw new Error(`the walk has no value for the fact ${key}`);
    await step.locator(tid(`fact-${key}`)).fill(value);
  }
  await step.locator(tid('facts-save')).click();
  await waitForText(step.locator(tid('facts-saved')), t(locale, 'facts.saved'));
  for (const key of listed) await waitForCount(missing.locator(tid(`missing-${key}`)), 0);
}

/** Does what the step behind `key` asks. Answers true once the vendor request is sent. */
async function doStep(page: Page, key: string, locale: Locale): Promise<boolean> {
  const v = VALUES[locale];
  switch (key) {
    case 'record_five_facts':
      await recordFacts(page, FIVE_FACTS, v, locale);
      return false;
    case 'record_impact':
      await recordFacts(page, IMPACT_FACTS, v, locale);
      return false;
    case 'send_briefing': {
      const step = page.locator(tid('step-3'));
      await step.locator(tid('briefing-preview')).waitFor();
      await step.locator(tid('briefing-actions-taken')).fill(v.actionsTaken);
      await step.locator(tid('briefing-send')).click();
      await waitForText(step.locator(tid('briefing-sent')), t(locale, 'briefing.sent'));
      return false;
    }
    case 'work_containment_checklist':
    case 'stop_internal_network': {
      const step = page.locator(tid('step-4'));
      const open = step.locator('[data-testid^="check-item-"][data-state="open"]');
      await open.first().waitFor();
      // Each item says what to do and what not to; in a drill, each is done in turn.
      for (let n = await open.count(); n > 0; n = await open.count()) {
        const item = open.first();
        const itemKey = ((await item.getAttribute('data-testid')) ?? '').replace(/^check-item-/, '');
        await waitForText(item, t(locale, 'containment.dont'));
        await item.locator(tid(`check-${itemKey}`)).click();
        await waitForAttribute(step.locator(tid(`check-item-${itemKey}`)), 'data-state', 'done');
      }
      return false;
    }
    case 'check_departments': {
      const spread = page.locator(tid('spread-check'));
      const unchecked = spread.locator(`${tid('spread-row')}[data-state="unchecked"]`);
      await unchecked.first().waitFor();
      // The department that reported it is hit; asking round, the others see nothing.
      for (let i = 0, n = await unchecked.count(); n > 0; i += 1, n = await unchecked.count()) {
        const row = unchecked.first();
        const department = (await row.getAttribute('data-department')) ?? '';
        await row.getByRole('button').click();
        await waitForValue(spread.locator(tid('spread-department')), department);
        const state = i === 0 ? 'affected' : 'clear';
        await spread.locator(tid('spread-state')).selectOption(state);
        await spread.locator(tid('spread-add')).click();
        await waitForAttribute(
          spread.locator(`${tid('spread-row')}[data-department="${department}"]`),
          'data-state',
          state,
        );
      }
      return false;
    }
    case 'determine': {
      const step = page.locator(tid('step-5'));
      await step.locator(tid('verdict-incident')).check();
      await step.locator(tid('criteria-operations')).selectOption('medium');
      await step.locator(tid('criteria-information')).selectOption('medium');
      await step.locator(tid('criteria-recovery')).selectOption('medium');
      await waitForAttribute(step.locator(tid('urgency-derived')), 'data-urgency', 'medium');
      await step.locator(tid('determination-reason')).fill(v.reason);
      await step.locator(tid('determination-save')).click();
      await waitForText(step.locator(tid('determination-current')), t(locale, 'verdict.incident'));
      return false;
    }
    case 'request_vendor':
    case 'ask_vendor_cannot_tell': {
      const step = page.locator(tid('step-6'));
      const form = step.locator(tid('support-form'));
      const select = form.locator(tid('vendor-select'));
      if ((await select.locator('option').count()) < 2) {
        // No vendor arranged yet: the step says so and offers to add one right here.
        await waitForText(form, t(locale, 'support.noVendors'));
        const directory = step.locator(tid('vendor-directory'));
        await directory.locator(tid('vendor-add')).click();
        const vendor = directory.locator(tid('vendor-form'));
        await vendor.locator(tid('vendor-name')).fill(v.vendor);
        await vendor.locator(tid('vendor-services')).fill(v.services);
        await vendor.locator(tid('vendor-hours')).fill(v.hours);
        await vendor.locator(tid('vendor-contract')).selectOption('in_talks');
        await vendor.locator(tid('vendor-contact-add')).click();
        const contact = vendor.locator(tid('vendor-contact-row'));
        await contact.locator(tid('vendor-contact-name')).fill(v.contact);
        await contact.locator(tid('vendor-contact-phone')).fill('0120-000-000');
        await vendor.locator(tid('vendor-save')).click();
        await waitForCount(directory.locator(tid('vendor-form')), 0);
      }
      await select.selectOption({ label: v.vendor });
      // The request packet is put together from the case; the newcomer only reads it and sends it.
      await waitForValue(form.locator(tid('support-message')), /\S/);
      await form.locator(tid('support-send')).click();
      await waitForText(form.locator(tid('support-sent')), t(locale, 'support.sent'));
      await waitForCount(step.locator(tid('support-item')), 1);
      return true;
    }
    default:
      throw new Error(`the next action "${key}" leads somewhere this walk does not know what to do`);
  }
}

describe('a newcomer walks a ransomware drill guided only by the screens', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`from the report to the vendor request (${locale})`, async () => {
      const { server, newcomer } = await newcomerIn(locale);
      const { context, page } = await signIn(browser, server.baseUrl, newcomer);
      const browserConsole = watchConsole(page);
      // From here on nothing is typed into the address bar: every page comes from a link or a button.
      let fullLoads = 0;
      page.on('load', () => {
        fullLoads += 1;
      });
      try {
        // Start the drill: the header offers "Drills"; the page says what to do and where.
        await page.locator(tid('nav-drills')).click();
        const hint = await waitForGuidance(page);
        expect(hint.ok, hint.detail).toBe(true);
        await page.locator(tid('next-actions')).getByRole('link').first().click();
        await page.locator(tid('drill-scenario-ransomware')).check();
        await page.locator(tid('drill-start')).click();
        const article = page.locator('article[data-incident-id]');
        await article.waitFor();
        const id = (await article.getAttribute('data-incident-id')) ?? '';
        await page.locator(tid('drill-banner')).waitFor();

        // Home, and from there only what the "What to do next" boxes offer.
        await page.locator(tid('nav-dashboard')).click();
        const home = page.locator(tid('next-actions'));
        await waitForText(home, id);
        await home.getByRole('link').first().click();
        await page.locator(`article[data-incident-id="${id}"]`).waitFor();

        const walked: string[] = [];
        for (let done = false; !done; ) {
          expect(walked.length, `too many steps: ${walked.join(' → ')}`).toBeLessThan(12);
          const guidance = await readGuidance(page);
          expect(guidance.ok, `the incident page offers nothing to do (${guidance.detail})`).toBe(true);
          const action = await firstAction(page);
          // The first thing offered is something this user can do, not a wait for someone else.
          expect(action.mine, `first action "${action.text}" is not for this user`).toBe(true);
          expect(walked.at(-1), `no progress after "${action.key}"`).not.toBe(action.key);
          walked.push(action.key);

          const href = (await action.link.getAttribute('href')) ?? '';
          await action.link.click();
          await waitUntil(
            'the address to follow the link',
            async () => new URL(page.url()).hash,
            (h) => h === href,
          );
          await inView(page, href);
          // The step says what it is for, so the newcomer knows why they are here.
          const step = page
            .locator(`section.step:has(${href})`)
            .or(page.locator(`section.step${href}`))
            .first();
          const n = Number((await step.getAttribute('id'))?.replace('step-', ''));
          await waitForText(step.locator('.step-purpose'), t(locale, `steps.${n}.purpose`));

          done = await doStep(page, action.key, locale);
        }

        const path = walked.join(' → ');
        expect(walked[0], path).toBe('record_five_facts');
        expect(walked.at(-1), path).toBe('request_vendor');
        // Afterwards the box still says what comes next (evidence, hand-over…): no dead end here either.
        const after = await waitForGuidance(page);
        expect(after.ok, after.detail).toBe(true);
        await waitForAttribute(page.locator(tid('flow-step-6')), 'data-state', 'done');
        expect(fullLoads, 'an address was typed or the page reloaded').toBe(0);
        expect(browserConsole.problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
