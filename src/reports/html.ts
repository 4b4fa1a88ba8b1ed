/**
 * The few HTML helpers the printable reports need. Every value from the organisation is user input, so
 * nothing reaches the page except through `esc`.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export const esc = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Ids and anchors from known keys only (types, languages); anything else is reduced to safe characters. */
export const anchor = (...parts: string[]): string => parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');

/** Joins rendered fragments, skipping the empty ones. */
export const join = (parts: (string | null | undefined | false)[]): string => parts.filter(Boolean).join('\n');
