/** The language switch: remembered on this device, and saved to the account when someone is signed in. */
import i18n from 'i18next';
import { LOCALES, type Locale } from '../shared';

const STORAGE_KEY = 'shodo.lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function storedLanguage(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // Storage blocked (private mode, policy): fall back to the default.
  }
}

/** Switches the UI language now and remembers it on this device. */
export function applyLanguage(lang: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the switch still applies to this visit.
  }
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
}

export function currentLanguage(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'ja';
}
