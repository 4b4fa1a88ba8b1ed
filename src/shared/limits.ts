/**
 * Size limits shared by the server (validation) and the web UI (form hints), so the two never disagree.
 */
export const LIMITS = {
  shortText: 200,
  longText: 5000,
  email: 254,
  passwordMin: 12,
  passwordMax: 256,
  evidenceFileBytes: 25 * 1024 * 1024,
  listItems: 50,
  departments: 100,
} as const;

/** Roles in the order of what they may do; a vendor role arrives in a later issue. */
export const ROLES = ['reporter', 'responder', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';
