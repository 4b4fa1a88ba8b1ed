import { describe, expect, it } from 'vitest';
import { NEXT_ACTION_KEYS } from '../domain/next-actions.js';
import {
  ALL_FACTS,
  DECISION_TOPICS,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  URGENCIES,
  VERDICTS,
} from '../shared/incident-schemas.js';
import {
  ERROR_IDS,
  errorMessage,
  isMessageKey,
  MESSAGE_KEYS,
  MESSAGES,
  message,
  NOTIFICATION_KINDS,
  NOTIFICATION_PARAMS,
  notificationText,
  placeholders,
} from './messages.js';

describe('messages', () => {
  it('has both languages, non-empty, for every key', () => {
    for (const key of MESSAGE_KEYS) {
      expect(MESSAGES[key].ja.trim(), `${key}.ja`).not.toBe('');
      expect(MESSAGES[key].en.trim(), `${key}.en`).not.toBe('');
    }
  });

  it('uses the same placeholders in Japanese and English', () => {
    for (const key of MESSAGE_KEYS) {
      expect(placeholders(MESSAGES[key].ja).sort(), key).toEqual(placeholders(MESSAGES[key].en).sort());
    }
  });

  it('covers every error id, fact, type, status, urgency, verdict, decision topic and next action', () => {
    const expected = [
      ...ERROR_IDS.map((k) => `error.${k}`),
      ...ALL_FACTS.map((k) => `fact.${k}`),
      ...INCIDENT_TYPES.map((k) => `type.${k}`),
      ...INCIDENT_STATUSES.map((k) => `status.${k}`),
      ...URGENCIES.map((k) => `urgency.${k}`),
      ...VERDICTS.map((k) => `verdict.${k}`),
      ...DECISION_TOPICS.map((k) => `topic.${k}`),
      ...NEXT_ACTION_KEYS.map((k) => `next.${k}`),
      ...NOTIFICATION_KINDS.flatMap((k) => [`notify.${k}.subject`, `notify.${k}.body`]),
    ];
    for (const key of expected) expect(isMessageKey(key), key).toBe(true);
  });

  it('covers the error ids the API documents', () => {
    for (const id of [
      'invalid_input',
      'not_signed_in',
      'forbidden',
      'csrf_failed',
      'not_found',
      'incident_version_conflict',
      'file_too_large',
      'too_many_requests',
    ]) {
      expect(ERROR_IDS as readonly string[]).toContain(id);
    }
    expect(errorMessage('en', 'file_too_large')).toContain('25 MB');
    expect(errorMessage('ja', 'not_found')).toMatch(/見つかりません/);
  });
});

describe('message', () => {
  it('fills placeholders from params', () => {
    expect(message('en', 'next.work_containment_checklist', { open: 3 })).toBe('Containment items still open: 3.');
    expect(message('ja', 'answer.people', { count: '1,200' })).toBe('1,200人');
  });

  it('leaves a placeholder visible when its param is missing', () => {
    expect(message('en', 'next.work_containment_checklist')).toContain('{open}');
  });

  it('does not expand braces inside a param value', () => {
    const text = message('en', 'notify.intake_desk.subject', { where: '{link}' });
    expect(text).toBe('[Shodo] New report: {link}');
  });

  it('renders every notification with all its placeholders filled', () => {
    const params = {
      reporter: 'Sato (Sales)',
      contact: 'sato@example.jp',
      where: 'PC-03',
      whatHappened: 'Screen went black',
      reportedAt: '2026-01-05 09:00',
      link: 'https://shodo.example/incidents/INC-1',
      incidentId: 'INC-1',
      subject: 'Incident briefing 1: PC-03',
      body: 'Body',
      reason: 'A scheduled update',
      title: 'PC-03 went black',
      item: 'Ransom note',
      fromPerson: 'Sato',
      toPerson: 'Ito',
      at: '2026-01-05 10:00',
      purpose: 'Analysis',
      sha256: 'ab'.repeat(32),
      sentAt: '2026-01-05 09:30',
      minutes: 60,
      notified: 'Tanaka <tanaka@example.jp>',
      contacts: 'Suzuki 090-0000-0000',
      orgName: 'Example KK',
      desk: 'IT desk',
      expiresAt: '2026-01-08 09:30',
    };
    for (const kind of NOTIFICATION_KINDS)
      for (const locale of ['ja', 'en'] as const) {
        const { subject, body } = notificationText(locale, kind, params);
        expect(`${subject}\n${body}`, `${kind} ${locale}`).not.toMatch(/\{[A-Za-z]/);
      }
  });

  it('declares exactly the params each notification uses', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const locale of ['ja', 'en'] as const) {
        const used = placeholders(
          `${MESSAGES[`notify.${kind}.subject`][locale]}\n${MESSAGES[`notify.${kind}.body`][locale]}`,
        );
        expect(used.sort(), `${kind} ${locale}`).toEqual([...NOTIFICATION_PARAMS[kind]].sort());
      }
  });

  it('keeps the reporter receipt free of report details', () => {
    for (const locale of ['ja', 'en'] as const) {
      const body = MESSAGES['notify.intake_receipt.body'][locale];
      expect(placeholders(body).sort()).toEqual(['incidentId', 'reportedAt']);
    }
  });
});
