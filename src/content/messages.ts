/**
 * Every text the server writes itself, in Japanese and English: error messages, labels, notifications,
 * the briefing, the support-request packet and the next actions. Placeholders are `{name}`.
 */
import type { Locale } from '../shared/limits.js';
import type { Localized } from './checklists/types.js';
import { BRIEFING_MESSAGES } from './messages/briefing.js';
import { ERROR_MESSAGES, type ErrorId } from './messages/errors.js';
import {
  ANSWER_LABELS,
  FACT_LABELS,
  IMPACT_LEVEL_LABELS,
  STATUS_LABELS,
  STEP_LABELS,
  TOPIC_LABELS,
  TYPE_LABELS,
  URGENCY_LABELS,
  VERDICT_LABELS,
  WHO_LABELS,
} from './messages/labels.js';
import { NEXT_ACTION_MESSAGES } from './messages/next-actions.js';
import { NOTIFICATION_MESSAGES, type NotificationKind, type NotificationParams } from './messages/notifications.js';
import { SUPPORT_MESSAGES } from './messages/support-request.js';

export { ERROR_IDS, type ErrorId } from './messages/errors.js';
export {
  NOTIFICATION_KINDS,
  NOTIFICATION_PARAMS,
  type NotificationKind,
  type NotificationParams,
} from './messages/notifications.js';

export const MESSAGES = {
  ...ERROR_MESSAGES,
  ...FACT_LABELS,
  ...TYPE_LABELS,
  ...STATUS_LABELS,
  ...URGENCY_LABELS,
  ...VERDICT_LABELS,
  ...TOPIC_LABELS,
  ...IMPACT_LEVEL_LABELS,
  ...STEP_LABELS,
  ...WHO_LABELS,
  ...ANSWER_LABELS,
  ...NOTIFICATION_MESSAGES,
  ...BRIEFING_MESSAGES,
  ...SUPPORT_MESSAGES,
  ...NEXT_ACTION_MESSAGES,
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGES, key);
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The names of the `{placeholders}` in a template, each once, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * The text for `key` in `locale`, with `{name}` replaced by `params.name`. A placeholder without a param
 * stays visible rather than vanishing, so a missing value shows up in review instead of reading as
 * a finished sentence. Replacement is one pass: braces inside a param value are left alone.
 */
export function message(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return MESSAGES[key][locale].replace(PLACEHOLDER, (whole, name: string) =>
    params && Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function errorMessage(locale: Locale, id: ErrorId): string {
  return message(locale, `error.${id}`);
}

/** Subject and body of a notification; the params type makes a forgotten value a compile error. */
export function notificationText<K extends NotificationKind>(
  locale: Locale,
  kind: K,
  params: NotificationParams<K>,
): { subject: string; body: string } {
  return {
    subject: message(locale, `notify.${kind}.subject`, params),
    body: message(locale, `notify.${kind}.body`, params),
  };
}
