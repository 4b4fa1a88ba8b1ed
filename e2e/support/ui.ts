/**
 * What playwright-core lacks without @playwright/test: expect-style waiting on the page (poll until the
 * condition holds or time runs out, then fail with what was last seen), and the common moves of a user.
 */
import type { Browser, BrowserContext, ConsoleMessage, Locator, Page } from 'playwright-core';
import type { Credentials } from './api.js';

export const WAIT_MS = 10_000;

/** The test id selector, for `page.locator(tid('incident-status'))`. */
export const tid = (id: string) => `[data-testid="${id}"]`;

/**
 * Polls `read` until `accept` holds. Not a fixed sleep: it returns as soon as the condition is met, and
 * on timeout fails with `what` and the last value read.
 */
export async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (let delay = 10; ; delay = Math.min(delay * 2, 50)) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const seen = lastError && last === undefined ? String(lastError) : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

const matches = (value: string, expected: string | RegExp) =>
  typeof expected === 'string' ? value.includes(expected) : expected.test(value);

/** Waits until the (first) element's visible text contains `expected` (or matches the pattern). */
export async function waitForText(locator: Locator, expected: string | RegExp, timeoutMs = WAIT_MS): Promise<string> {
  await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
  return waitUntil(
    `${locator} to show ${String(expected)}`,
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is what the user sees (folded <details> and hidden nodes excluded); a test wants exactly that
    async () => (await locator.first().innerText()).replace(/\s+/g, ' '),
    (text) => matches(text, expected),
    timeoutMs,
  );
}

/** Waits until the element's attribute has exactly `value`. */
export async function waitForAttribute(locator: Locator, name: string, value: string, timeoutMs = WAIT_MS) {
  return waitUntil(
    `${locator} to have ${name}="${value}"`,
    () => locator.first().getAttribute(name, { timeout: timeoutMs }),
    (v) => v === value,
    timeoutMs,
  );
}

/** Waits until an input, textarea or select holds `expected` (exactly, or matching the pattern). */
export async function waitForValue(locator: Locator, expected: string | RegExp, timeoutMs = WAIT_MS) {
  return waitUntil(
    `${locator} to hold ${String(expected)}`,
    () => locator.inputValue({ timeout: timeoutMs }),
    (v) => (typeof expected === 'string' ? v === expected : expected.test(v)),
    timeoutMs,
  );
}

export async function waitForCount(locator: Locator, count: number, timeoutMs = WAIT_MS) {
  return waitUntil(
    `${locator} to count ${count}`,
    () => locator.count(),
    (n) => n === count,
    timeoutMs,
  );
}

export async function waitForUrl(page: Page, accept: (url: URL) => boolean, what: string, timeoutMs = WAIT_MS) {
  return waitUntil(`the address to be ${what}`, async () => new URL(page.url()), accept, timeoutMs);
}

/** A browser context of its own for one user (cookies, storage), in Japan's time zone. */
export async function newUserContext(browser: Browser, baseUrl: string, locale = 'ja-JP'): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale,
    timezoneId: 'Asia/Tokyo',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(WAIT_MS);
  return context;
}

/** Signs in through /login in a fresh context; answers once the header shows the user. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  user: Credentials,
  next = '/',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newUserContext(browser, baseUrl, user.locale === 'en' ? 'en-GB' : 'ja-JP');
  const page = await context.newPage();
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.locator(tid('login-email')).fill(user.email);
  await page.locator(tid('login-password')).fill(user.password);
  await page.locator(tid('login-submit')).click();
  await waitForText(page.locator(tid('current-user')), user.name);
  return { context, page };
}

/** The language the page is shown in, as `<html lang>` says. */
export async function waitForLanguage(page: Page, lang: 'ja' | 'en') {
  return waitUntil(
    `<html lang="${lang}">`,
    () => page.evaluate(() => document.documentElement.lang),
    (v) => v === lang,
  );
}

/**
 * Collects console errors and CSP violations. The one expected error is the browser's own log line for
 * GET /api/auth/me answering 401 on anonymous pages ("Failed to load resource … 401").
 */
export function watchConsole(page: Page): { problems: string[] } {
  const problems: string[] = [];
  const expected401 = (msg: ConsoleMessage) =>
    /Failed to load resource: the server responded with a status of 401/.test(msg.text()) &&
    /\/api\/auth\/me(\?|$)/.test(msg.location().url);
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && !/Content Security Policy/i.test(msg.text())) return;
    if (expected401(msg)) return;
    problems.push(`console ${msg.type()}: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { problems };
}
