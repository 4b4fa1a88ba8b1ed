/**
 * axe-core in the page under test. The app's CSP (`script-src 'self'`) blocks an injected <script> tag, so
 * axe's source is evaluated through the DevTools protocol instead, which the page's CSP does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe (WCAG 2 A and AA) on the page as it is now; answers the serious and critical violations only. */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => {
        const where = n.target.map(String).join(' > ');
        const why = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim().slice(0, 240);
        return why ? `${where} — ${why}` : where;
      }),
    }));
}

/** One line per violation and node, for a failure message a person can act on. */
export function formatAxe(where: string, problems: AxeProblem[]): string[] {
  return problems.flatMap((p) => [
    `${where}: axe ${p.impact} ${p.rule} (${p.help})`,
    ...p.nodes.map((n) => `    at ${n}`),
  ]);
}
