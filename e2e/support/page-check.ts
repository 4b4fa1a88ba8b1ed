/**
 * The checks every page of the UI owes its users, in one call: a next action or "nothing left to do here"
 * (support/guidance.ts), no translation key shown as text, and no serious or critical axe violation.
 */
import type { Page } from 'playwright-core';
import { formatAxe, seriousAxeViolations } from './axe.js';
import { untranslatedKeys, waitForGuidance } from './guidance.js';

/** What is wrong with the page as it is now, one line per problem, each naming `where`; empty when fine. */
export async function pageProblems(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  const guidance = await waitForGuidance(page);
  if (!guidance.ok) problems.push(`${where}: no next action and no "nothing left" (${guidance.detail})`);
  const keys = await untranslatedKeys(page);
  if (keys.length > 0) problems.push(`${where}: translation keys shown as text: ${keys.join(', ')}`);
  problems.push(...formatAxe(where, await seriousAxeViolations(page)));
  return problems;
}
