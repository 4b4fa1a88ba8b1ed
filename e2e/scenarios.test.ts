/**
 * The guide's three example incidents, each walked once in Japanese and once in English, from the public
 * report form to the support request and the evidence register, by three different people in three
 * browser contexts: an anonymous reporter, a responder and a manager.
 */
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MALWARE_ITEMS } from '../src/content/checklists/malware.js';
import {
  ALL_FACTS,
  FIVE_FACTS,
  type ImpactLevel,
  type IncidentType,
  type Urgency,
} from '../src/shared/incident-schemas.js';
import {
  type Credentials,
  createUser,
  createVendor,
  ORG_NAME,
  type Organisation,
  setUpOrganisation,
} from './support/api.js';
import { launchChromium } from './support/browser.js';
import { type Locale, t, tPrefix } from './support/i18n.js';
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

type Step = 2 | 3 | 4 | 5;
type Localised = Record<Locale, string>;

interface Scenario {
  type: Extract<IncidentType, 'malware' | 'spoofed_mail' | 'web_defacement'>;
  report: { what: Localised; where: Localised; contact: Localised };
  foundBy: Localised;
  /** Left as "unknown yet" when null. */
  whyAbnormal: Localised | null;
  /** Checklist items the responder ticks. */
  tick: [string, string];
  spread: { department: string; state: 'affected' | 'clear' }[];
  networkStop: boolean;
  criteria: Record<'operations' | 'information' | 'recovery', ImpactLevel>;
  urgency: Urgency;
  police: Localised | null;
  cantTellFrom: Step;
  /** Where the vendor comes from: added on the incident page, on /vendors, or through the API beforehand. */
  vendorVia: 'incident-page' | 'vendors-page' | 'api';
  vendorName: Localised;
  decision: { topic: 'cost' | 'police' | 'public_notice'; text: Localised };
}

const FOUND_AT_LOCAL = '2025-11-27T09:15'; // typed in Tokyo time
const FOUND_AT_UTC = '2025-11-27T00:15:00.000Z';

const SCENARIOS: Scenario[] = [
  {
    type: 'malware',
    report: {
      what: {
        ja: '画面に英語の警告が出て、共有フォルダのファイルが開けなくなった。',
        en: 'A warning in English appeared and files on the shared folder no longer open.',
      },
      where: { ja: '営業部の PC(PC-023)', en: 'Sales PC (PC-023)' },
      contact: { ja: '内線 1234', en: 'ext. 1234' },
    },
    foundBy: { ja: '営業部 山田 花子', en: 'Hanako Yamada, Sales' },
    whyAbnormal: null,
    tick: ['malware.unplug_network', 'malware.check_other_departments'],
    spread: [
      { department: '営業部', state: 'affected' },
      { department: '経理部', state: 'affected' },
    ],
    networkStop: true,
    criteria: { operations: 'high', information: 'medium', recovery: 'medium' },
    urgency: 'high',
    police: null,
    cantTellFrom: 4,
    vendorVia: 'incident-page',
    vendorName: { ja: 'サイバー駆け付け株式会社', en: 'Rapid Response Security Ltd.' },
    decision: {
      topic: 'cost',
      text: { ja: '外部業者への調査依頼を承認する。', en: 'Approved: hire an outside vendor to investigate.' },
    },
  },
  {
    type: 'spoofed_mail',
    report: {
      what: {
        ja: '取引先を名乗るメールで、振込先口座の変更を依頼された。',
        en: 'A mail claiming to be a partner asked us to change the bank account for payments.',
      },
      where: { ja: 'Outlook(経理部の共有アドレス)', en: 'Outlook (accounting shared mailbox)' },
      contact: { ja: '内線 2345', en: 'ext. 2345' },
    },
    foundBy: { ja: '経理部 佐藤 一郎', en: 'Ichiro Sato, Accounting' },
    whyAbnormal: {
      ja: '差出人のドメインが取引先のものと 1 文字違っていた。',
      en: "The sender's domain differed from the partner's by one letter.",
    },
    tick: ['spoofed_mail.warn_internal', 'spoofed_mail.warn_external'],
    spread: [
      { department: '経理部', state: 'affected' },
      { department: '総務部', state: 'clear' },
    ],
    networkStop: false,
    criteria: { operations: 'low', information: 'medium', recovery: 'low' },
    urgency: 'medium',
    police: {
      ja: '振込詐欺の未遂として、被害届を出すか相談する。',
      en: 'Attempted payment fraud; ask whether to file a damage report.',
    },
    cantTellFrom: 3,
    vendorVia: 'api',
    vendorName: { ja: 'メール調査サービス株式会社', en: 'Mail Forensics Co.' },
    decision: {
      topic: 'police',
      text: { ja: '警察に相談することを了承する。', en: 'Agreed: consult the police.' },
    },
  },
  {
    type: 'web_defacement',
    report: {
      what: {
        ja: '会社のホームページを開くと、知らないサイトに飛ばされる。',
        en: 'Opening our website sends visitors to an unknown site.',
      },
      where: { ja: '会社のホームページ(www.example.jp)', en: 'Company website (www.example.com)' },
      contact: { ja: '090-0000-0000', en: 'mobile 090-0000-0000' },
    },
    foundBy: { ja: '総務部 鈴木 次郎', en: 'Jiro Suzuki, General Affairs' },
    whyAbnormal: null,
    tick: ['web_defacement.close_site', 'web_defacement.alternative_page'],
    spread: [{ department: '総務部', state: 'clear' }],
    networkStop: false,
    criteria: { operations: 'medium', information: 'high', recovery: 'medium' },
    urgency: 'high',
    police: null,
    cantTellFrom: 2,
    vendorVia: 'vendors-page',
    vendorName: { ja: 'Web 復旧サポート株式会社', en: 'WebFix Security Inc.' },
    decision: {
      topic: 'public_notice',
      text: { ja: 'ホームページでお知らせを公表する。', en: 'Publish a notice on the website.' },
    },
  },
];

/** How the server names who did something (name and e-mail), in every `…By` field. */
const actorLabel = (user: Credentials) => `${user.name} <${user.email}>`;

const WALKS = SCENARIOS.flatMap((scenario) =>
  (['ja', 'en'] as const).map((locale) => ({ name: `${scenario.type} (${locale})`, scenario, locale })),
);

let server: RunningServer;
let browser: Browser;
let org: Organisation;
/** A signed-in user with their own browser context, kept for all walks in their language. */
interface Desk {
  user: Credentials;
  page: Page;
  context: BrowserContext;
  console: { problems: string[] };
}
const staff = {} as Record<Locale, { responder: Desk; manager: Desk }>;

async function signedInDesk(user: Credentials): Promise<Desk> {
  const { context, page } = await signIn(browser, server.baseUrl, user);
  return { user, context, page, console: watchConsole(page) };
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer(), launchChromium()]);
  org = await setUpOrganisation(server.baseUrl);
  for (const locale of ['ja', 'en'] as const) {
    const responder = await createUser(org.admin, {
      email: `responder-${locale}@example.test`,
      name: locale === 'ja' ? '対応 さくら' : 'Rita Responder',
      role: 'responder',
      locale,
    });
    const manager = await createUser(org.admin, {
      email: `manager-${locale}@example.test`,
      name: locale === 'ja' ? '経営 一郎' : 'Max Manager',
      role: 'manager',
      locale,
    });
    staff[locale] = { responder: await signedInDesk(responder), manager: await signedInDesk(manager) };
  }
  // The spoofed-mail walks pick a vendor arranged beforehand (through the API); the others add theirs in the UI.
  for (const s of SCENARIOS.filter((x) => x.vendorVia === 'api')) {
    for (const locale of ['ja', 'en'] as const) await createVendor(org.admin, s.vendorName[locale]);
  }
});

afterAll(async () => {
  for (const desk of Object.values(staff).flatMap((d) => [d.responder, d.manager])) await desk.context.close();
  await browser?.close();
  await server?.stop();
});

/** Step 1: an anonymous reporter, through the public link, fills only the three required fields and the type. */
async function report(scenario: Scenario, locale: Locale): Promise<string> {
  const context = await newUserContext(browser, server.baseUrl, locale === 'en' ? 'en-GB' : 'ja-JP');
  try {
    const page = await context.newPage();
    const console = watchConsole(page);
    await page.goto(org.reportPath);
    await page.locator(tid('report-form')).waitFor();
    await waitForLanguage(page, 'ja'); // the default, before anyone chooses
    if (locale === 'en') {
      await page.locator(tid('lang-en')).click();
      await waitForLanguage(page, 'en');
      await waitForAttribute(page.locator(tid('lang-en')), 'aria-pressed', 'true');
    }
    await waitForText(page.locator('h1'), t(locale, 'report.title'));
    await waitForText(page.locator('main'), t(locale, 'report.forOrg', { org: ORG_NAME }));

    await page.locator(tid('report-what')).fill(scenario.report.what[locale]);
    await page.locator(tid('report-where')).fill(scenario.report.where[locale]);
    await page.locator(tid('report-contact')).fill(scenario.report.contact[locale]);
    await page.locator(tid('report-more')).click();
    await page.locator(tid(`report-type-${scenario.type}`)).check();
    await page.locator(tid('report-submit')).click();

    const receipt = page.locator(tid('report-receipt'));
    await waitForText(receipt, t(locale, 'receipt.title'));
    await waitForText(receipt, t(locale, 'receipt.next.powerTitle'));
    const id = (await page.locator(tid('report-receipt-id')).textContent())?.trim() ?? '';
    expect(id).toMatch(new RegExp(`^INC-${new Date().getFullYear()}-\\d{4}$`));
    expect(console.problems).toEqual([]);
    return id;
  } finally {
    await context.close();
  }
}

/** Opens the incident from the dashboard list. */
async function openFromDashboard(page: Page, id: string, locale: Locale): Promise<void> {
  await page.locator(tid('nav-dashboard')).click();
  await waitForText(page.locator('#incidents-title'), t(locale, 'dashboard.incidents'));
  const row = page.locator(`${tid('incident-row')}[data-incident-id="${id}"]`);
  await waitForAttribute(row.locator('[data-status]'), 'data-status', 'new');
  await waitForText(row.locator('[data-status]'), t(locale, 'status.new'));
  await row.getByRole('link', { name: id }).click();
  await page.locator(`article[data-incident-id="${id}"]`).waitFor();
  await waitForText(page.locator(tid('incident-id')), t(locale, 'incident.numberValue', { id }));
}

/** Step 2: the five facts, some "unknown yet", until nothing is missing. */
async function investigate(page: Page, scenario: Scenario, locale: Locale): Promise<void> {
  const step = page.locator(tid('step-2'));
  await waitForText(step, t(locale, 'steps.2.title'));
  // The report filled what happened and where; when, who and why are still open.
  await waitForValue(step.locator(tid('fact-whatHappened')), scenario.report.what[locale]);
  await waitForValue(step.locator(tid('fact-foundWhere')), scenario.report.where[locale]);
  // Of the five, when, who and why are still open: the next action says so, the missing list names them.
  const fiveAction = page.locator(`${tid('next-action')}[data-key="record_five_facts"]`);
  await waitForText(fiveAction, t(locale, 'next.record_five_facts', { missing: 3 }));
  const missing = step.locator(tid('missing-facts'));
  await waitForAttribute(missing, 'data-count', String(ALL_FACTS.length - 2));
  await waitForText(missing, t(locale, 'facts.missingTitle', { n: ALL_FACTS.length - 2 }));
  for (const key of ['foundAt', 'foundBy', 'whyAbnormal']) {
    await waitForText(missing.locator(tid(`missing-${key}`)), t(locale, `facts.${key}.label`));
  }
  expect(await missing.locator(tid('missing-whatHappened')).count()).toBe(0);

  await step.locator(tid('fact-foundAt')).fill(FOUND_AT_LOCAL);
  await step.locator(tid('fact-foundBy')).fill(scenario.foundBy[locale]);
  if (scenario.whyAbnormal) await step.locator(tid('fact-whyAbnormal')).fill(scenario.whyAbnormal[locale]);
  else {
    await step.locator(tid('fact-whyAbnormal-unknown')).check();
    expect(await step.locator(tid('fact-whyAbnormal')).isDisabled()).toBe(true);
  }
  await step.locator(tid('fact-impact-unknown')).check(); // beyond the five: not known yet either
  await step.locator(tid('facts-save')).click();

  await waitForText(step.locator(tid('facts-saved')), t(locale, 'facts.saved'));
  // The five (and impact, answered "unknown yet") leave the missing list; the rest stays for later.
  const answered = ['foundAt', 'foundBy', 'whyAbnormal', 'whatHappened', 'foundWhere', 'impact'];
  await waitForAttribute(missing, 'data-count', String(ALL_FACTS.length - answered.length));
  for (const key of answered) await waitForCount(missing.locator(tid(`missing-${key}`)), 0);
  await waitForCount(fiveAction, 0);
  await waitForAttribute(page.locator(tid('flow-step-2')), 'data-state', 'done');
}

/** Step 3 from the responder's side: send the briefing before anything is confirmed. */
async function brief(page: Page, actionsTaken: string, locale: Locale): Promise<void> {
  const step = page.locator(tid('step-3'));
  await step.locator(tid('briefing-preview')).waitFor();
  await waitForText(step.locator(tid('briefings-empty')), t(locale, 'briefing.none'));
  await step.locator(tid('briefing-actions-taken')).fill(actionsTaken);
  await step.locator(tid('briefing-send')).click();
  await waitForText(step.locator(tid('briefing-sent')), t(locale, 'briefing.sent'));
  await waitForCount(step.locator(tid('briefing-item')), 1);
  await waitForText(step.locator(tid('briefing-acks')), t(locale, 'briefing.notRead'));
  await waitForAttribute(page.locator(tid('flow-step-3')), 'data-state', 'done');
}

/** Step 3 from the manager's side: read the briefing, say so, and record a decision. */
async function managerReads(
  id: string,
  scenario: Scenario,
  locale: Locale,
  desk: Desk,
  actionsTaken: string,
): Promise<void> {
  const { page, user: manager } = desk;
  desk.console.problems.length = 0;
  await page.goto(`/incidents/${id}`);
  await waitForLanguage(page, locale);
  const step = page.locator(tid('step-3'));
  const item = step.locator(tid('briefing-item'));
  await waitForText(item, t(locale, 'briefing.notRead'));
  await item.locator('summary').click();
  await waitForText(item.locator('pre'), id);
  await waitForText(item.locator('pre'), actionsTaken);
  // Managers read the facts; they do not edit them.
  await page.locator(tid('facts-view')).waitFor();
  expect(await page.locator(tid('facts-form')).count()).toBe(0);

  await item.locator(tid('briefing-ack')).click();
  const acks = item.locator(tid('briefing-acks'));
  await waitForText(acks, `${tPrefix(locale, 'briefing.readBy')}${manager.name}`);
  await waitForText(acks, /\d{1,2}:\d{2}/); // and when
  await waitForText(item, t(locale, 'briefing.ackDone'));
  await waitForCount(item.locator(tid('briefing-ack')), 0);

  const form = step.locator(tid('decision-form'));
  await form.locator(tid('decision-topic')).selectOption(scenario.decision.topic);
  await form.locator(tid('decision-text')).fill(scenario.decision.text[locale]);
  await form.locator(tid('decision-save')).click();
  const decision = step.locator(tid('decision-item'));
  await waitForText(decision, t(locale, `decisionTopic.${scenario.decision.topic}`));
  await waitForText(decision, scenario.decision.text[locale]);
  await waitForText(decision, manager.name);
  expect(desk.console.problems).toEqual([]);
}

/** Step 4: tick checklist items and record what other departments see. */
async function contain(page: Page, scenario: Scenario, locale: Locale): Promise<void> {
  const step = page.locator(tid('step-4'));
  await waitForText(step, t(locale, 'containment.powerWarning'));
  const items = step.locator('[data-testid^="check-item-"]');
  await items.first().waitFor();
  const total = await items.count();
  await waitForText(
    step.locator(tid('checklist-open-count')),
    t(locale, 'containment.openCount', { open: total, total }),
  );
  if (scenario.type === 'malware') {
    // The guide: disconnect the PC, but do not power it off.
    const unplug = MALWARE_ITEMS.find((i) => i.key === 'malware.unplug_network');
    if (!unplug) throw new Error('malware.unplug_network is gone from the checklist content');
    const item = step.locator(tid('check-item-malware.unplug_network'));
    await waitForText(item, unplug.title[locale]);
    await waitForText(item, unplug.dont[locale]);
    await waitForText(item, t(locale, 'containment.dont'));
  }
  for (const key of scenario.tick) {
    const item = step.locator(tid(`check-item-${key}`));
    await waitForAttribute(item, 'data-state', 'open');
    await item.locator(tid(`check-${key}`)).click();
    await waitForAttribute(item, 'data-state', 'done');
    await waitForText(item, t(locale, 'checkState.done'));
  }
  await waitForText(
    step.locator(tid('checklist-open-count')),
    t(locale, 'containment.openCount', { open: total - scenario.tick.length, total }),
  );

  const spread = step.locator(tid('spread-check'));
  for (const [i, check] of scenario.spread.entries()) {
    const row = spread.locator(`${tid('spread-row')}[data-department="${check.department}"]`);
    if (i === 0) {
      // Pick the department from the table rather than typing it.
      await row.getByRole('button', { name: t(locale, 'spread.pick', { name: check.department }) }).click();
      await waitForValue(spread.locator(tid('spread-department')), check.department);
    } else await spread.locator(tid('spread-department')).fill(check.department);
    await spread.locator(tid('spread-state')).selectOption(check.state);
    await spread.locator(tid('spread-add')).click();
    await waitForAttribute(row, 'data-state', check.state);
    await waitForText(row, t(locale, `spreadState.${check.state}`));
  }
  const warning = spread.locator(tid('network-stop-warning'));
  if (scenario.networkStop) {
    await waitForText(warning, t(locale, 'spread.networkStop.title'));
    await page.locator(`${tid('next-action')}[data-key="stop_internal_network"]`).waitFor();
  } else {
    expect(await warning.count()).toBe(0);
  }
}

/** Step 5: it is an incident; how urgent; the reason; the police where a damage report may be needed. */
async function determine(page: Page, scenario: Scenario, locale: Locale, reason: string): Promise<void> {
  const step = page.locator(tid('step-5'));
  await waitForText(step, t(locale, 'determination.none'));
  await step.locator(tid('verdict-incident')).check();
  for (const [criterion, level] of Object.entries(scenario.criteria)) {
    await step.locator(tid(`criteria-${criterion}`)).selectOption(level);
  }
  const derived = step.locator(tid('urgency-derived'));
  await waitForAttribute(derived, 'data-urgency', scenario.urgency);
  await waitForText(derived, t(locale, 'determination.derived', { level: t(locale, `urgency.${scenario.urgency}`) }));
  await step.locator(tid('determination-reason')).fill(reason);
  if (scenario.police) {
    await step.locator(tid('police-consult')).check();
    await step.locator(tid('police-reason')).fill(scenario.police[locale]);
  }
  await step.locator(tid('determination-save')).click();

  const current = step.locator(tid('determination-current'));
  await waitForText(current, t(locale, 'verdict.incident'));
  await waitForText(current, t(locale, 'determination.reasonValue', { reason }));
  await waitForText(current, t(locale, 'urgency.label', { level: t(locale, `urgency.${scenario.urgency}`) }));
  if (scenario.police) {
    await waitForText(current, t(locale, 'determination.policeYes', { reason: scenario.police[locale] }));
  }
  const status = page.locator(tid('incident-status'));
  await waitForAttribute(status, 'data-status', 'incident');
  await waitForText(status, t(locale, 'status.incident'));
  await waitForAttribute(page.locator(tid('incident-urgency')), 'data-urgency', scenario.urgency);
}

/** Adds a vendor through the UI form (on the incident page's step 6 or on /vendors). */
async function addVendorInUi(page: Page, name: string, locale: Locale): Promise<void> {
  const directory = page.locator(tid('vendor-directory'));
  await directory.locator(tid('vendor-add')).click();
  const form = directory.locator(tid('vendor-form'));
  await waitForText(form, t(locale, 'vendors.addTitle'));
  await form.locator(tid('vendor-name')).fill(name);
  await form
    .locator(tid('vendor-services'))
    .fill(locale === 'ja' ? '初動対応の助言、駆け付け' : 'First-response advice');
  await form.locator(tid('vendor-hours')).fill(locale === 'ja' ? '24 時間 365 日' : '24/7');
  await form.locator(tid('vendor-contract')).selectOption('contracted');
  await form.locator(tid('vendor-contact-add')).click();
  const contact = form.locator(tid('vendor-contact-row'));
  await contact.locator(tid('vendor-contact-name')).fill(locale === 'ja' ? '緊急窓口' : 'Emergency desk');
  await contact.locator(tid('vendor-contact-phone')).fill('0120-000-000');
  await contact.locator(tid('vendor-contact-email')).fill('help@vendor.example.test');
  await form.locator(tid('vendor-save')).click();
  const card = directory.locator(tid('vendor-card')).filter({ hasText: name });
  await waitForText(card, t(locale, 'contractState.contracted'));
  await waitForText(card, '0120-000-000');
  await waitForCount(directory.locator(tid('vendor-form')), 0);
}

/** "I can't tell" at a step lands on step 6 with the question carried into the support request. */
async function cantTellThenRequest(page: Page, id: string, scenario: Scenario, locale: Locale): Promise<string> {
  const from = scenario.cantTellFrom;
  await page.locator(tid(`cant-tell-step-${from}`)).click();
  await waitForUrl(
    page,
    (url) => url.hash === '#step-6' && url.searchParams.get('fromStep') === String(from),
    `#step-6 from step ${from}`,
  );
  const step = page.locator(tid('step-6'));
  const form = step.locator(tid('support-form'));
  await waitForText(form.locator(tid('support-carried')), t(locale, 'support.carried', { n: from }));
  const question = t(locale, `cantTell.question.${from}`);
  await waitForValue(form.locator(tid('support-question')), question);
  // The cursor waits in the question, ready to be edited.
  await waitUntil(
    'the focus in the support question',
    () => page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    (focused) => focused === 'support-question',
  );

  if (scenario.vendorVia === 'incident-page') await addVendorInUi(page, scenario.vendorName[locale], locale);
  const vendorName = scenario.vendorName[locale];
  await form.locator(tid('vendor-select')).selectOption({ label: vendorName });
  // The packet is assembled by the server from the case, with the question in it.
  const message = form.locator(tid('support-message'));
  await waitForValue(message, /\S/);
  const draft = await message.inputValue();
  expect(draft).toContain(id);
  expect(draft).toContain(vendorName);
  expect(draft).toContain(question);
  await waitForValue(form.locator(tid('support-question')), question); // still carried after adding a vendor
  await form.locator(tid('support-send')).click();

  await waitForText(form.locator(tid('support-sent')), t(locale, 'support.sent'));
  const item = step.locator(tid('support-item'));
  await waitForCount(item, 1);
  await waitForText(item, vendorName);
  await waitForText(item, t(locale, 'support.questionValue', { question }));
  await waitForText(item, t(locale, 'support.fromStep', { n: from }));
  // The question is answered by the request: it leaves the address, the page stays at step 6.
  await waitForUrl(page, (url) => !url.searchParams.has('question'), 'without the carried question');
  await waitForAttribute(page.locator(tid('flow-step-6')), 'data-state', 'done');
  return question;
}

interface EvidencePlan {
  file: { item: string; name: string; bytes: Buffer };
  typed: { item: string; sha256: string };
  receiver: string;
}

/** Step 7: one file (the server computes its SHA-256), one kept elsewhere with a typed hash, one hand-over. */
async function registerEvidence(page: Page, plan: EvidencePlan, responder: Credentials, locale: Locale) {
  const step = page.locator(tid('step-7'));
  await waitForText(step.locator(tid('evidence-empty')), t(locale, 'evidence.none'));
  const form = step.locator(tid('evidence-form'));
  await waitForValue(form.locator(tid('evidence-collected-by')), responder.name);
  await waitForValue(form.locator(tid('evidence-collected-at')), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

  await form.locator(tid('evidence-item')).fill(plan.file.item);
  await form.locator(tid('evidence-source')).fill('PC-023');
  await form
    .locator(tid('evidence-method'))
    .fill(locale === 'ja' ? '管理画面からエクスポート' : 'Exported from the console');
  await form.locator(tid('evidence-file')).setInputFiles({
    name: plan.file.name,
    mimeType: 'text/plain',
    buffer: plan.file.bytes,
  });
  await waitForText(form, t(locale, 'evidence.shaFromFile'));
  expect(await form.locator(tid('evidence-sha256')).isDisabled()).toBe(true);
  await form
    .locator(tid('evidence-location'))
    .fill(locale === 'ja' ? '施錠した書庫の USB メモリ 7' : 'USB stick 7, locked cabinet');
  await form.locator(tid('evidence-save')).click();

  const expectedSha = createHash('sha256').update(plan.file.bytes).digest('hex');
  await waitForText(form, t(locale, 'evidence.saved', { item: plan.file.item }));
  expect((await form.locator(tid('evidence-computed-sha256')).textContent())?.trim()).toBe(expectedSha);
  const fileRow = step.locator(tid('evidence-row')).filter({ hasText: plan.file.item });
  expect((await fileRow.locator(tid('evidence-row-sha256')).textContent())?.trim()).toBe(expectedSha);
  await waitForText(fileRow.locator(tid('evidence-download')), plan.file.name);

  await form.locator(tid('evidence-item')).fill(plan.typed.item);
  await form.locator(tid('evidence-source')).fill(locale === 'ja' ? 'UTM 装置' : 'UTM appliance');
  await form.locator(tid('evidence-sha256')).fill(plan.typed.sha256.toUpperCase());
  await form.locator(tid('evidence-location')).fill(locale === 'ja' ? 'IT 室の金庫' : 'Safe in the IT room');
  await form.locator(tid('evidence-save')).click();
  await waitForText(form, t(locale, 'evidence.saved', { item: plan.typed.item }));
  await waitForCount(step.locator(tid('evidence-row')), 2);
  const typedRow = step.locator(tid('evidence-row')).filter({ hasText: plan.typed.item });
  await waitForText(typedRow.locator(tid('evidence-row-sha256')), plan.typed.sha256);
  expect(await typedRow.locator(tid('evidence-download')).count()).toBe(0);

  // Chain of custody: the file goes from the responder to the vendor's analyst.
  await waitForText(fileRow, t(locale, 'evidence.noTransfers'));
  await fileRow.locator(tid('transfer-open')).click();
  const transfer = fileRow.locator(tid('transfer-form'));
  await waitForValue(transfer.locator(tid('transfer-from')), responder.name);
  await transfer.locator(tid('transfer-to')).fill(plan.receiver);
  await transfer
    .locator(tid('transfer-purpose'))
    .fill(locale === 'ja' ? '業者による解析のため' : 'Analysis by the vendor');
  await transfer.locator(tid('transfer-save')).click();
  const custody = fileRow.locator(tid('custody-transfer'));
  await waitForCount(custody, 1);
  await waitForText(custody, responder.name);
  await waitForText(custody, plan.receiver);
  await waitForCount(fileRow.locator(tid('transfer-form')), 0);
  await waitForAttribute(page.locator(tid('flow-step-7')), 'data-state', 'done');
  return expectedSha;
}

describe('the guide’s three scenarios, in Japanese and in English', () => {
  it.each(WALKS)(
    '$name: report → investigate → brief → contain → determine → ask a vendor → evidence',
    async ({ scenario, locale }) => {
      const desks = staff[locale];
      const responder = desks.responder.user;
      const manager = desks.manager.user;
      const id = await report(scenario, locale);

      // The responder, signed in in their own browser, in their own language.
      const { page, console } = desks.responder;
      console.problems.length = 0;
      await page.goto('/');
      await waitForLanguage(page, locale);
      await openFromDashboard(page, id, locale);
      await waitForText(page.locator(tid('incident-title')), scenario.report.what[locale].slice(0, 20));
      await investigate(page, scenario, locale);
      const actionsTaken = locale === 'ja' ? `${id}: 該当の機器を確認中。` : `${id}: checking the device.`;
      await brief(page, actionsTaken, locale);

      await managerReads(id, scenario, locale, desks.manager, actionsTaken);

      // Back at the responder's desk: the acknowledgement shows who read it and when.
      await page.reload();
      const acks = page.locator(tid('step-3')).locator(tid('briefing-acks'));
      await waitForText(acks, `${tPrefix(locale, 'briefing.readBy')}${manager.name}`);
      await waitForText(page.locator(tid('step-3')).locator(tid('decision-item')), scenario.decision.text[locale]);

      await contain(page, scenario, locale);
      const reason =
        locale === 'ja'
          ? `${scenario.report.what.ja} 複数の事実から判断。`
          : `${scenario.report.what.en} Judged from the facts.`;
      await determine(page, scenario, locale, reason);

      if (scenario.vendorVia === 'vendors-page') {
        await page.locator(tid('nav-vendors')).click();
        await waitForText(page.locator('h1'), t(locale, 'vendors.title'));
        await addVendorInUi(page, scenario.vendorName[locale], locale);
        await page.goBack();
        await page.locator(`article[data-incident-id="${id}"]`).waitFor();
      }
      const question = await cantTellThenRequest(page, id, scenario, locale);

      const plan: EvidencePlan = {
        file: {
          item: locale === 'ja' ? `ファイアウォールのログ(${scenario.type})` : `Firewall log (${scenario.type})`,
          name: `fw-${scenario.type}-${locale}.log`,
          bytes: Buffer.from(`2025-11-27T09:14:59+09:00 DENY 10.0.0.23 -> 203.0.113.7:443 ${id} 初動\n`, 'utf8'),
        },
        typed: {
          item: locale === 'ja' ? `メモリの複製(${scenario.type})` : `Memory image (${scenario.type})`,
          sha256: createHash('sha256').update(`memory image of ${id}`).digest('hex'),
        },
        receiver: locale === 'ja' ? `${scenario.vendorName.ja} 解析担当` : `${scenario.vendorName.en} analyst`,
      };
      const fileSha = await registerEvidence(page, plan, responder, locale);

      // The final state as the page shows it…
      await waitForAttribute(page.locator(tid('incident-status')), 'data-status', 'incident');
      await page.locator(tid('nav-dashboard')).click();
      const row = page.locator(`${tid('incident-row')}[data-incident-id="${id}"]`);
      await waitForAttribute(row.locator('[data-status]'), 'data-status', 'incident');
      await waitForText(row.locator('[data-status]'), t(locale, 'status.incident'));
      await waitForText(row, t(locale, `types.${scenario.type}`));
      expect(console.problems).toEqual([]);

      // …and as the server stored it.
      const stored = await org.admin.incident(id);
      expect(stored.status).toBe('incident');
      expect(stored.channel).toBe('public_form');
      expect(stored.types).toEqual([scenario.type]);
      expect(stored.report).toMatchObject({
        whatHappened: scenario.report.what[locale],
        where: scenario.report.where[locale],
      });
      expect(stored.reporter.contact).toBe(scenario.report.contact[locale]);
      expect(stored.missingFacts).toEqual(ALL_FACTS.filter((k) => !(k in stored.facts)));
      for (const key of FIVE_FACTS) expect(stored.missingFacts).not.toContain(key);
      expect(stored.facts.foundAt).toEqual({ known: true, value: expect.any(String) });
      expect(stored.facts.foundAt?.known && Date.parse(stored.facts.foundAt.value)).toBe(Date.parse(FOUND_AT_UTC));
      expect(stored.facts.foundBy).toEqual({ known: true, value: scenario.foundBy[locale] });
      expect(stored.facts.whatHappened).toEqual({ known: true, value: scenario.report.what[locale] });
      expect(stored.facts.whyAbnormal).toEqual(
        scenario.whyAbnormal ? { known: true, value: scenario.whyAbnormal[locale] } : { known: false },
      );
      expect(stored.facts.impact).toEqual({ known: false });

      expect(stored.briefings).toHaveLength(1);
      expect(stored.briefings[0]?.body).toContain(actionsTaken);
      expect(stored.briefings[0]?.acknowledgements).toEqual([
        { userId: expect.any(String), name: manager.name, at: expect.any(String) },
      ]);
      expect(stored.decisions).toMatchObject([
        { topic: scenario.decision.topic, decision: scenario.decision.text[locale], decidedBy: actorLabel(manager) },
      ]);

      for (const key of scenario.tick) {
        expect(stored.checklist.find((c) => c.key === key)).toMatchObject({
          state: 'done',
          doneBy: actorLabel(responder),
        });
      }
      expect(stored.spread.map((s) => [s.department, s.state])).toEqual(
        expect.arrayContaining(scenario.spread.map((s) => [s.department, s.state])),
      );
      expect(stored.recommendNetworkStop).toBe(scenario.networkStop);

      expect(stored.determination).toMatchObject({
        verdict: 'incident',
        urgency: scenario.urgency,
        criteria: scenario.criteria,
        reason,
        decidedBy: actorLabel(responder),
      });
      expect(stored.urgency).toBe(scenario.urgency);
      expect(stored.determination?.police?.consult ?? false).toBe(scenario.police !== null);
      if (scenario.police) expect(stored.determination?.police?.reason).toBe(scenario.police[locale]);

      expect(stored.supportRequests).toHaveLength(1);
      expect(stored.supportRequests[0]).toMatchObject({
        vendorName: scenario.vendorName[locale],
        question,
        fromStep: scenario.cantTellFrom,
        requestedBy: actorLabel(responder),
      });
      expect(stored.supportRequests[0]?.message).toContain(id);

      expect(stored.evidence).toHaveLength(2);
      const file = stored.evidence.find((e) => e.item === plan.file.item);
      expect(file).toMatchObject({
        sha256: fileSha,
        fileName: plan.file.name,
        fileSize: plan.file.bytes.length,
        collectedBy: responder.name,
        recordedBy: actorLabel(responder),
      });
      expect(file?.transfers).toMatchObject([{ fromPerson: responder.name, toPerson: plan.receiver }]);
      const typed = stored.evidence.find((e) => e.item === plan.typed.item);
      expect(typed).toMatchObject({ sha256: plan.typed.sha256, fileName: null, transfers: [] });

      // The uploaded bytes come back unchanged.
      const download = await fetch(`${server.baseUrl}${file?.downloadUrl}`, {
        headers: { Cookie: org.admin.cookie },
      });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(plan.file.bytes)).toBe(true);

      // Every step is done but containment, where items are still open.
      expect(stored.steps).toEqual({
        1: 'done',
        2: 'done',
        3: 'done',
        4: 'in_progress',
        5: 'done',
        6: 'done',
        7: 'done',
      });
    },
  );
});
