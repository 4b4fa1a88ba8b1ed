/**
 * Inputs for calm-time preparation, shared by server and UI: the facts a readiness check needs that
 * neither the organisation settings nor the notification contact tree hold (police desk, who issues
 * public notices, backups), and the start of a drill.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';

const name = z.string().trim().min(1).max(LIMITS.shortText);
const optionalShort = z.string().trim().max(LIMITS.shortText).optional();
const optionalLong = z.string().trim().max(LIMITS.longText).optional();

export const preparationInput = z
  .object({
    /** The police station or prefectural cyber-crime desk to consult early when a crime is possible. */
    policeDesk: z.object({ name, phone: optionalShort, note: optionalLong }).strict().nullable().default(null),
    /** Who writes and publishes notices to customers and the public (website, press). */
    publicNoticeOwner: z.object({ name, contact: optionalShort }).strict().nullable().default(null),
    /** Where backups are kept and when a restore was last tried: an untested backup is a hope, not a plan. */
    backups: z
      .object({
        where: z.string().trim().min(1).max(LIMITS.longText),
        lastTestedOn: z.iso.date().optional(),
        notes: optionalLong,
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type PreparationInput = z.infer<typeof preparationInput>;

/** What the readiness check looks at, in the order it is shown. Stable: the UI translates each key. */
export const READINESS_KEYS = [
  'desk',
  'supervisors',
  'manager',
  'contact_tree',
  'vendor',
  'police_desk',
  'public_notice_owner',
  'backups',
] as const;
export type ReadinessKey = (typeof READINESS_KEYS)[number];

/** Why an item is missing; each key has its own reasons, translated as `readiness.items.<key>.<reason>`. */
export const READINESS_REASONS = {
  desk: ['missing', 'no_contact'],
  supervisors: ['missing'],
  manager: ['missing'],
  contact_tree: ['empty', 'no_desk', 'no_manager', 'no_phone'],
  vendor: ['none', 'not_contracted', 'incomplete'],
  police_desk: ['missing'],
  public_notice_owner: ['missing'],
  backups: ['missing', 'never_tested', 'test_overdue'],
} as const satisfies Record<ReadinessKey, readonly string[]>;
export type ReadinessReason<K extends ReadinessKey = ReadinessKey> = (typeof READINESS_REASONS)[K][number];

/**
 * Sample scenarios for exercises: the guide's three examples, then one per incident type. Stable ids:
 * stored with each drill incident.
 */
export const DRILL_SCENARIO_IDS = [
  'guide_infected_pc',
  'guide_spoofed_mail',
  'guide_defaced_website',
  'ransomware',
  'malware',
  'spoofed_mail',
  'web_defacement',
  'account_takeover',
  'lost_device',
  'data_leak',
  'ddos',
  'unknown',
] as const;
export type DrillScenarioId = (typeof DRILL_SCENARIO_IDS)[number];

export const startDrillInput = z
  .object({
    scenario: z.enum(DRILL_SCENARIO_IDS),
    /** Who takes part; the person starting the drill always does. Only they receive its notifications. */
    participantEmails: z.array(z.email().max(LIMITS.email)).max(LIMITS.listItems).default([]),
  })
  .strict();
export type StartDrillInput = z.infer<typeof startDrillInput>;
