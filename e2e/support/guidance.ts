/**
 * The "no dead ends" rule as the browser sees it: a page shows a next-action area (`next-actions`, with text
 * and at least one visible link or enabled button) or an explicit "nothing left to do here" (`nothing-left`,
 * with text and a link or button saying where to go instead). See web/src/components/NextStepHint.tsx.
 */
import type { Page } from 'playwright-core';
import { enResources, jaResources } from '../../web/src/i18n/resources';
import { waitUntil } from './ui.js';

export interface Guidance {
  ok: boolean;
  kind: 'next-actions' | 'nothing-left' | 'none';
  /** The text of the first action offered, for reports. */
  firstAction: string;
  detail: string;
}

/** What the page offers now (no waiting). */
export function readGuidance(page: Page): Promise<Guidance> {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const actions = (root: Element) =>
      [...root.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')].filter(visible);
    // biome-ignore lint/performance/useDomNodeTextContent: the text a user sees (hidden and folded parts left out) is what counts here
    const textOf = (el: Element) => ((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim();
    const counts: string[] = [];
    for (const kind of ['next-actions', 'nothing-left'] as const) {
      const all = [...document.querySelectorAll(`[data-testid="${kind}"]`)];
      counts.push(`${kind}: ${all.length} (${all.filter(visible).length} visible)`);
      for (const el of all) {
        const found = actions(el);
        if (visible(el) && textOf(el) && found[0]) {
          return { ok: true, kind, firstAction: textOf(found[0]), detail: '' };
        }
      }
    }
    return { ok: false, kind: 'none' as const, firstAction: '', detail: counts.join(', ') };
  });
}

/** Waits briefly for the rule to hold (parts of a page render after their data); answers what was seen. */
export async function waitForGuidance(page: Page, timeoutMs = 3_000): Promise<Guidance> {
  let last: Guidance = { ok: false, kind: 'none', firstAction: '', detail: 'not read' };
  try {
    await waitUntil(
      'a next action or "nothing left"',
      async () => {
        last = await readGuidance(page);
        return last;
      },
      (g) => g.ok,
      timeoutMs,
    );
  } catch {
    // `last` says what the page showed instead.
  }
  return last;
}

type Tree = { [key: string]: string | Tree };
const namespaces = [...new Set([...Object.keys(jaResources as Tree), ...Object.keys(enResources as Tree)])];

/**
 * Translation keys shown as text: what i18next prints for a key it does not have. A key starts with one of
 * the translation files' top-level names and has at least one dot; addresses and e-mails are not counted.
 */
export function untranslatedKeys(page: Page): Promise<string[]> {
  const pattern = `(^|[^\\w@/.:-])((?:${namespaces.join('|')})\\.[A-Za-z][\\w]*(?:\\.[\\w]+)*)(?![\\w@/-])`;
  return page.evaluate((source) => {
    const found = new Set<string>();
    // biome-ignore lint/performance/useDomNodeTextContent: only text a user sees counts as shown
    for (const m of (document.body.innerText ?? '').matchAll(new RegExp(source, 'g'))) found.add(m[2] ?? '');
    return [...found];
  }, pattern);
}
