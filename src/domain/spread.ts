/**
 * Whether the damage is spreading between departments (step 4). The guide's rule: when the same
 * symptoms show up in more than one department, stop the organisation's internal network.
 */
import type { SpreadState } from '../shared/incident-schemas.js';

export interface SpreadCheck {
  department: string;
  state: SpreadState;
}

/** Departments reported as affected, each once, in the order first seen. */
export function affectedDepartments(spread: readonly SpreadCheck[]): string[] {
  const seen = new Map<string, string>();
  for (const check of spread) {
    if (check.state !== 'affected') continue;
    const name = check.department.trim();
    // The same department typed twice with different case or spacing is still one department.
    const id = name.toLowerCase();
    if (name !== '' && !seen.has(id)) seen.set(id, name);
  }
  return [...seen.values()];
}

/** Departments nobody has checked yet. */
export function uncheckedDepartments(spread: readonly SpreadCheck[]): string[] {
  return spread.filter((s) => s.state === 'unchecked').map((s) => s.department);
}

export const NETWORK_STOP_THRESHOLD = 2;

export function recommendNetworkStop(spread: readonly SpreadCheck[]): boolean {
  return affectedDepartments(spread).length >= NETWORK_STOP_THRESHOLD;
}
