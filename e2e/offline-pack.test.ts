/**
 * The offline pack as the admin gets it: downloaded from the preparation page, written to disk, then
 * opened from the file (file://) in Chromium with every network request blocked. It must render completely
 * in both languages without attempting a single request.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message } from '../src/content/messages.js';
import { OFFLINE_PACK_TEXT as T } from '../src/content/offline-pack-text.js';
import { BUILTIN_PLAYBOOKS } from '../src/content/playbooks/index.js';
import { FIVE_FACTS, IMPACT_FACTS, INCIDENT_TYPES } from '../src/shared/incident-schemas.js';
import { ORG_NAME, type Organisation, setUpOrganisation } from './support/api.js';
import { launchChromium } from './support/browser.js';
import { type RunningServer, startE2eServer } from './support/server.js';
import { signIn, tid, waitForText } from './support/ui.js';

const LANGS = ['ja', 'en'] as const;

/** Opens `file` from disk in a fresh context that aborts every request but the file itself. */
async function openOffline(browser: Browser, file: string) {
  const fileUrl = pathToFileURL(file).href;
  // No script either: the pack must not need any.
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false });
  // Seen by the router (which aborts it) and by the page's request event, whichever comes first.
  const seen = new Set<string>();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    seen.add(url);
    return route.abort('blockedbyclient');
  });
  const page: Page = await context.newPage();
  page.on('request', (r) => {
    if (r.url() !== fileUrl) seen.add(r.url());
  });
  await page.goto(fileUrl, { waitUntil: 'load' });
  return { context, page, attempted: () => [...seen], fileUrl };
}

describe('the offline pack', () => {
  let server: RunningServer;
  let browser: Browser;
  let org: Organisation;
  let dir: string;
  let packFile: string;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    org = await setUpOrganisation(server.baseUrl);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shodo-pack-'));
    await org.admin.ok('PUT', '/api/settings', {
      ...org.settings,
      reportPath: undefined,
      fallbackDesk: { name: '総務部', phone: '03-9999-0000' },
    });
    await org.admin.ok('PUT', '/api/preparation', {
      policeDesk: { name: '○○県警察 サイバー犯罪相談窓口', phone: '000-1234-5678' },
      publicNoticeOwner: { name: '広報室 <b>木村</b>' },
      backups: { where: 'サーバー室のNAS', lastTestedOn: '2026-10-01' },
    });
    await org.admin.ok('PUT', '/api/notify/contact-tree', {
      desk: [{ name: '情報システム課 山田', phone: '090-1111-2222' }],
      manager: [{ name: '社長 佐藤', phone: '090-3333-4444' }],
    });
    await org.admin.ok('POST', '/api/vendors', {
      name: 'セキュリティ対応株式会社',
      services: 'フォレンジック',
      contractStatus: 'contracted',
      contacts: [{ name: 'SOC', phone: '0120-000-111' }],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('downloads from the preparation page as one HTML file', async () => {
    const { context, page } = await signIn(browser, server.baseUrl, org.adminCredentials, '/admin/preparation');
    try {
      const link = page.locator(tid('offline-pack-download'));
      await link.waitFor({ state: 'visible' });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('shodo-offline-pack.html');
      packFile = path.join(dir, download.suggestedFilename());
      await download.saveAs(packFile);
      const html = fs.readFileSync(packFile, 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(ORG_NAME);
    } finally {
      await context.close();
    }
  });

  it('opens from disk with the network blocked, attempting no request, complete in both languages', async () => {
    const { context, page, attempted } = await openOffline(browser, packFile);
    try {
      for (const lang of LANGS) {
        const half = page.locator(`section.lang#${lang}`);
        expect(await half.getAttribute('lang')).toBe(lang);
        await waitForText(half.locator('h1'), T.docTitle[lang]);
        await waitForText(half.locator('h1'), ORG_NAME);
        // Every incident type, with its effective playbook and its checklist.
        for (const type of INCIDENT_TYPES) {
          const section = page.locator(`#${lang}-type-${type}`);
          await waitForText(section.locator('h3'), message(lang, `type.${type}`));
          await waitForText(section.locator('h3'), BUILTIN_PLAYBOOKS[type].title[lang]);
          expect(await section.locator('.item').count()).toBeGreaterThan(0);
        }
        await waitForText(page.locator(`#${lang}-type-common h3`), T.checklistCommon[lang]);
        // The three blank forms, with the five facts, the briefing and the evidence register.
        await waitForText(page.locator(`#${lang}-form-facts h3`), T.factsForm[lang]);
        for (const fact of [...FIVE_FACTS, ...IMPACT_FACTS])
          await waitForText(page.locator(`#${lang}-form-facts`), message(lang, `fact.${fact}`));
        const briefing = page.locator(`#${lang}-form-briefing`);
        for (const label of [T.briefingFacts, T.briefingUnknowns, T.briefingActions, T.briefingNextUpdate])
          await waitForText(briefing, label[lang]);
        const register = page.locator(`#${lang}-form-evidence`);
        for (const col of Object.values(T.evidenceCols)) await waitForText(register.locator('thead'), col[lang]);
        await waitForText(register, T.handovers[lang]);
        // Contacts, with phone numbers, and the vendor.
        const contacts = page.locator(`#${lang}-contacts`);
        for (const value of [
          '情報システム課',
          '03-0000-0000',
          '総務部',
          '03-9999-0000',
          '情報システム課 山田',
          '090-1111-2222',
          '社長 佐藤',
          '090-3333-4444',
          '000-1234-5678',
          '広報室 <b>木村</b>',
        ])
          await waitForText(contacts, value);
        await waitForText(page.locator(`#${lang}-vendors`), 'セキュリティ対応株式会社');
        await waitForText(page.locator(`#${lang}-vendors`), '0120-000-111');
      }
      // The typed-in markup is shown as text, not interpreted.
      expect(await page.locator('#ja-contacts b').count()).toBe(0);
      // The language switch is a plain anchor: it works without script.
      await page.locator('#ja .lang-link a').click();
      expect(new URL(page.url()).hash).toBe('#en');
      expect(attempted()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('would notice a request if the pack ever made one (the watch itself works)', async () => {
    // The same file with an outside image and without its CSP: the blocker must see the attempt.
    const leaky = path.join(dir, 'leaky.html');
    const html = fs
      .readFileSync(packFile, 'utf8')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('<body>', '<body><img src="http://pack-leak.invalid/pixel.png" alt="">');
    fs.writeFileSync(leaky, html);
    const { context, attempted } = await openOffline(browser, leaky);
    try {
      expect(attempted()).toEqual(['http://pack-leak.invalid/pixel.png']);
    } finally {
      await context.close();
    }
  });
});
