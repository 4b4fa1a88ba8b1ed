/**
 * Plain-text formatting shared by the briefing and the support-request packet. Dates are spelled out by
 * hand rather than with Intl's long formats, whose wording changes between ICU versions; a document
 * sent to management should read the same on every server.
 */
import { MESSAGES, message } from '../content/messages.js';
import type { FactKey, Facts } from '../shared/incident-schemas.js';
import type { Locale } from '../shared/limits.js';

/** Most users are in Japan; pass another zone where the organisation is elsewhere. */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDateTime(iso: string, locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
  } catch {
    // An unknown zone name must not stop a briefing from going out.
    return iso;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const [y, mo, d, h, mi] = [part('year'), part('month'), part('day'), part('hour'), part('minute')];
  const zone = zoneLabel(timeZone, locale);
  if (locale === 'ja') return `${y}年${mo}月${d}日 ${h}:${mi}(${zone})`;
  return `${d} ${MONTHS[Number(mo) - 1] ?? mo} ${y}, ${h}:${mi} ${zone}`;
}

function zoneLabel(timeZone: string, locale: Locale): string {
  if (timeZone === 'Asia/Tokyo') return locale === 'ja' ? '日本時間' : 'JST';
  return timeZone;
}

/** A fact's answer as text: its value, "unknown yet", or "not checked yet" when nobody answered. */
export function formatFact(facts: Facts, key: FactKey, locale: Locale, timeZone?: string): string {
  const answer = facts[key];
  if (answer === undefined) return message(locale, 'answer.missing');
  if (!answer.known) return message(locale, 'answer.unknown_yet');
  const value = answer.value;
  if (key === 'foundAt' || key === 'learnedAt') return formatDateTime(String(value), locale, timeZone);
  if (value === 'yes') return message(locale, 'answer.yes');
  if (value === 'no') return message(locale, 'answer.no');
  if (typeof value === 'number') return message(locale, 'answer.people', { count: value.toLocaleString('en-US') });
  return String(value);
}

export function factLabel(key: FactKey, locale: Locale): string {
  return MESSAGES[`fact.${key}`][locale];
}

/** `label: value`, with a multi-line value indented under the label so the sheet stays readable. */
export function factLine(facts: Facts, key: FactKey, locale: Locale, timeZone?: string): string {
  const value = formatFact(facts, key, locale, timeZone);
  const label = factLabel(key, locale);
  return value.includes('\n') ? `${mark(locale)}${label}:\n${indent(value)}` : `${mark(locale)}${label}: ${value}`;
}

/** One list item; Japanese business mail marks items with ・, English with a dash. */
export function bullet(text: string, locale: Locale): string {
  const lines = text.trim().split(/\r?\n/);
  const rest = lines.length > 1 ? `\n${indent(lines.slice(1).join('\n'))}` : '';
  return `${mark(locale)}${lines[0] ?? ''}${rest}`;
}

function mark(locale: Locale): string {
  return locale === 'ja' ? '・' : '- ';
}

export function indent(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `  ${l}`)
    .join('\n');
}

/** Free text typed one item per line, as a list; blank lines and existing bullet marks are dropped. */
export function linesToItems(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[・\-*•]|\d+[.)])\s*/, '').trim())
    .filter((l) => l !== '');
}
