/**
 * Containment checklists (step 4): the common items, then the items of each incident type. Item texts
 * live in ./checklists/, one file per type.
 */
import type { IncidentType } from '../shared/incident-schemas.js';
import type { Locale } from '../shared/limits.js';
import { ACCOUNT_TAKEOVER_ITEMS } from './checklists/account-takeover.js';
import { COMMON_ITEMS } from './checklists/common.js';
import { DATA_LEAK_ITEMS } from './checklists/data-leak.js';
import { DDOS_ITEMS } from './checklists/ddos.js';
import { LOST_DEVICE_ITEMS } from './checklists/lost-device.js';
import { MALWARE_ITEMS } from './checklists/malware.js';
import { RANSOMWARE_ITEMS } from './checklists/ransomware.js';
import { SPOOFED_MAIL_ITEMS } from './checklists/spoofed-mail.js';
import type { ChecklistItem, ChecklistWho } from './checklists/types.js';
import { UNKNOWN_ITEMS } from './checklists/unknown.js';
import { WEB_DEFACEMENT_ITEMS } from './checklists/web-defacement.js';

export type { ChecklistItem, ChecklistWho, Localized } from './checklists/types.js';

export const CHECKLISTS: Readonly<Record<IncidentType | 'common', readonly ChecklistItem[]>> = {
  common: COMMON_ITEMS,
  malware: MALWARE_ITEMS,
  spoofed_mail: SPOOFED_MAIL_ITEMS,
  web_defacement: WEB_DEFACEMENT_ITEMS,
  ransomware: RANSOMWARE_ITEMS,
  account_takeover: ACCOUNT_TAKEOVER_ITEMS,
  lost_device: LOST_DEVICE_ITEMS,
  data_leak: DATA_LEAK_ITEMS,
  ddos: DDOS_ITEMS,
  unknown: UNKNOWN_ITEMS,
};

/** The items the workflow watches when two or more departments are hit (the guide's network stop). */
export const NETWORK_STOP_ITEM_KEY = 'malware.stop_internal_network';
export const NETWORK_STOP_ITEM_KEYS: readonly string[] = [NETWORK_STOP_ITEM_KEY, 'ransomware.stop_internal_network'];

/** Items that ask the responder to check other departments; while open, the workflow suggests doing so. */
export const SPREAD_CHECK_ITEM_KEYS: readonly string[] = [
  'malware.check_other_departments',
  'ransomware.check_spread',
  'unknown.check_others',
];

/**
 * The items for an incident: common first, then each type in the order given, each key once. The order is
 * stable so the list does not jump around when the page reloads.
 */
export function checklistFor(types: readonly IncidentType[]): ChecklistItem[] {
  const out: ChecklistItem[] = [];
  const seen = new Set<string>();
  for (const source of ['common', ...types] as const) {
    for (const item of CHECKLISTS[source] ?? []) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      out.push(item);
    }
  }
  return out;
}

export function findChecklistItem(key: string): ChecklistItem | undefined {
  for (const items of Object.values(CHECKLISTS)) {
    const found = items.find((i) => i.key === key);
    if (found) return found;
  }
  return undefined;
}

export interface LocalizedChecklistItem {
  key: string;
  source: IncidentType | 'common';
  title: string;
  why: string;
  do: string;
  dont: string;
  who: ChecklistWho;
}

export function localizeItem(item: ChecklistItem, locale: Locale): LocalizedChecklistItem {
  return {
    key: item.key,
    source: item.source,
    title: item.title[locale],
    why: item.why[locale],
    do: item.do[locale],
    dont: item.dont[locale],
    who: item.who,
  };
}
