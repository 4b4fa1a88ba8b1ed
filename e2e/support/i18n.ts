/**
 * The UI's own translation files, read by the tests so a walk in Japanese expects the Japanese labels and
 * a walk in English the English ones, exactly as the users see them.
 */
import { enResources, jaResources } from '../../web/src/i18n/resources';

export type Locale = 'ja' | 'en';

// The same trees the UI loads: the main files merged with the per-feature files.
const BUNDLES: Record<Locale, unknown> = { ja: jaResources, en: enResources };

function raw(locale: Locale, key: string): string {
  let node: unknown = BUNDLES[locale];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) {
      throw new Error(`missing translation ${locale}:${key}`);
    }
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'string') throw new Error(`translation ${locale}:${key} is not a string`);
  return node;
}

/** `t(locale, 'status.incident')`, with `{{name}}` placeholders filled from `params`. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  return raw(locale, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`translation ${locale}:${key} needs {{${name}}}`);
    return String(value);
  });
}

/** The part of a translated text before its first placeholder: for texts with a date or a list in them. */
export function tPrefix(locale: Locale, key: string): string {
  return raw(locale, key).split('{{')[0] ?? '';
}
