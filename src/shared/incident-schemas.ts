/**
 * The incident's shape as the API accepts it: one zod schema per input, shared by the server (validation,
 * OpenAPI) and the web UI (forms). Response shapes are in api-types.ts.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';

export const INCIDENT_TYPES = [
  'malware', // an infected PC (the guide's first example)
  'spoofed_mail', // mail pretending to be us or a partner (second example)
  'web_defacement', // our website altered to redirect or serve malware (third example)
  'ransomware',
  'account_takeover',
  'lost_device',
  'data_leak',
  'ddos',
  'unknown',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const INCIDENT_STATUSES = [
  'new',
  'investigating',
  'contained',
  'not_incident',
  'incident',
  'handed_over',
  'closed',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const URGENCIES = ['high', 'medium', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

const shortText = z.string().trim().min(1).max(LIMITS.shortText);
const longText = z.string().trim().min(1).max(LIMITS.longText);
const optionalShort = z.string().trim().max(LIMITS.shortText).optional();
const optionalLong = z.string().trim().max(LIMITS.longText).optional();
const isoDateTime = z.iso.datetime({ offset: true });

/** Step 1: what anyone, with or without an account, can send. Three inputs are required, the rest helps. */
export const reportInput = z.object({
  whatHappened: longText,
  where: shortText,
  contact: shortText,
  reporterName: optionalShort,
  department: optionalShort,
  supervisorEmail: z.union([z.email().max(LIMITS.email), z.literal('')]).optional(),
  noticedAt: optionalShort,
  whyAbnormal: optionalLong,
  alreadyDone: optionalLong,
  types: z.array(z.enum(INCIDENT_TYPES)).max(INCIDENT_TYPES.length).optional(),
});
export type ReportInput = z.infer<typeof reportInput>;

/**
 * A fact is either answered (`known: true` with a value) or explicitly "unknown yet" (`known: false`).
 * A fact absent from the object has not been asked yet; the page lists it as missing.
 */
const textAnswer = z.discriminatedUnion('known', [
  z.object({ known: z.literal(true), value: longText }),
  z.object({ known: z.literal(false) }),
]);
const dateAnswer = z.discriminatedUnion('known', [
  z.object({ known: z.literal(true), value: isoDateTime }),
  z.object({ known: z.literal(false) }),
]);
const yesNoAnswer = z.discriminatedUnion('known', [
  z.object({ known: z.literal(true), value: z.enum(['yes', 'no']) }),
  z.object({ known: z.literal(false) }),
]);
const countAnswer = z.discriminatedUnion('known', [
  z.object({ known: z.literal(true), value: z.number().int().min(0).max(1_000_000_000) }),
  z.object({ known: z.literal(false) }),
]);

/** The five facts of step 2 (the guide's order), then impact and spread, then what IPA's desk asks. */
export const FIVE_FACTS = ['foundAt', 'foundWhere', 'foundBy', 'whatHappened', 'whyAbnormal'] as const;
export const IMPACT_FACTS = ['impact', 'spread'] as const;
export const CONTEXT_FACTS = ['deviceOs', 'securitySoftware', 'cloudServices', 'learnedAt'] as const;
export const EXPOSURE_FACTS = [
  'personalData',
  'sensitiveData',
  'financialData',
  'affectedCount',
  'stronglyEncrypted',
  'maliciousActor',
] as const;
export const ALL_FACTS = [...FIVE_FACTS, ...IMPACT_FACTS, ...CONTEXT_FACTS, ...EXPOSURE_FACTS] as const;
export type FactKey = (typeof ALL_FACTS)[number];

export const factsSchema = z
  .object({
    foundAt: dateAnswer,
    foundWhere: textAnswer,
    foundBy: textAnswer,
    whatHappened: textAnswer,
    whyAbnormal: textAnswer,
    impact: textAnswer,
    spread: textAnswer,
    deviceOs: textAnswer,
    securitySoftware: textAnswer,
    cloudServices: textAnswer,
    learnedAt: dateAnswer,
    personalData: yesNoAnswer,
    sensitiveData: yesNoAnswer,
    financialData: yesNoAnswer,
    affectedCount: countAnswer,
    stronglyEncrypted: yesNoAnswer,
    maliciousActor: yesNoAnswer,
  })
  .partial()
  .strict();
export type Facts = z.infer<typeof factsSchema>;

/** Every edit of an incident carries the version it was based on: a stale one is refused with 409. */
const versioned = { version: z.number().int().min(1) };

export const recordFactsInput = z.object({ ...versioned, facts: factsSchema }).strict();
export type RecordFactsInput = z.infer<typeof recordFactsInput>;

export const updateIncidentInput = z
  .object({
    ...versioned,
    title: shortText.optional(),
    types: z.array(z.enum(INCIDENT_TYPES)).min(1).max(INCIDENT_TYPES.length).optional(),
    /** Restrict to named people (user ids); `null` lifts the restriction. */
    restrictedTo: z.array(z.string().min(1).max(64)).max(LIMITS.listItems).nullable().optional(),
  })
  .strict();
export type UpdateIncidentInput = z.infer<typeof updateIncidentInput>;

/** Step 3: the briefing is assembled by the server; the sender adds what only they know. */
export const sendBriefingInput = z
  .object({
    decisionsNeeded: optionalLong,
    actionsTaken: optionalLong,
    nextUpdateAt: isoDateTime.optional(),
  })
  .strict();
export type SendBriefingInput = z.infer<typeof sendBriefingInput>;

export const DECISION_TOPICS = [
  'cost',
  'reputation',
  'police',
  'public_notice',
  'regulatory_report',
  'response_team',
  'other',
] as const;
export type DecisionTopic = (typeof DECISION_TOPICS)[number];
export const recordDecisionInput = z
  .object({
    topic: z.enum(DECISION_TOPICS),
    decision: longText,
    reason: optionalLong,
  })
  .strict();
export type RecordDecisionInput = z.infer<typeof recordDecisionInput>;

/** Step 4 */
export const CHECK_STATES = ['open', 'done', 'not_applicable'] as const;
export const checklistItemInput = z.object({ state: z.enum(CHECK_STATES), note: optionalLong }).strict();
export type ChecklistItemInput = z.infer<typeof checklistItemInput>;

export const SPREAD_STATES = ['unchecked', 'clear', 'affected'] as const;
export type SpreadState = (typeof SPREAD_STATES)[number];
export const spreadCheckInput = z
  .object({ department: shortText, state: z.enum(SPREAD_STATES), note: optionalLong })
  .strict();
export type SpreadCheckInput = z.infer<typeof spreadCheckInput>;

/** Step 5 */
export const VERDICTS = ['incident', 'not_incident', 'cannot_tell'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const IMPACT_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];
export const determinationInput = z
  .object({
    ...versioned,
    verdict: z.enum(VERDICTS),
    /** NIST SP 800-61 factors, in plain words: operations, information, effort to recover. */
    criteria: z
      .object({
        operations: z.enum(IMPACT_LEVELS),
        information: z.enum(IMPACT_LEVELS),
        recovery: z.enum(IMPACT_LEVELS),
      })
      .strict()
      .optional(),
    /** Set by the responder; when omitted the server derives it from the criteria. */
    urgency: z.enum(URGENCIES).optional(),
    reason: longText,
    police: z.object({ consult: z.boolean(), reason: optionalLong }).strict().optional(),
  })
  .strict();
export type DeterminationInput = z.infer<typeof determinationInput>;

/** Step 6 */
export const CONTRACT_STATES = ['contracted', 'in_talks', 'none'] as const;
export const vendorInput = z
  .object({
    name: shortText,
    services: optionalLong,
    hours: optionalShort,
    fees: optionalLong,
    conditions: optionalLong,
    contacts: z
      .array(
        z
          .object({
            name: shortText,
            phone: optionalShort,
            email: z.union([z.email().max(LIMITS.email), z.literal('')]).optional(),
          })
          .strict(),
      )
      .max(10)
      .default([]),
    contractStatus: z.enum(CONTRACT_STATES).default('none'),
    notes: optionalLong,
  })
  .strict();
export type VendorInput = z.infer<typeof vendorInput>;

export const QUESTION_STEPS = [2, 3, 4, 5] as const;
export const supportRequestInput = z
  .object({
    vendorId: z.string().min(1).max(64),
    /** What the user could not tell, carried from the step where they said so. */
    question: optionalLong,
    fromStep: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
    message: longText,
  })
  .strict();
export type SupportRequestInput = z.infer<typeof supportRequestInput>;

export const handoverInput = z
  .object({ ...versioned, vendorId: z.string().min(1).max(64), note: optionalLong })
  .strict();
export const closeInput = z.object({ ...versioned, reason: optionalLong }).strict();

/** Step 7: sent as multipart form fields, with an optional `file`. */
export const evidenceInput = z
  .object({
    item: shortText,
    source: shortText,
    collectedBy: shortText,
    collectedAt: isoDateTime,
    method: optionalLong,
    /** Typed in for evidence kept elsewhere; computed by the server when a file is uploaded. */
    sha256: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/)
      .optional(),
    storageLocation: shortText,
  })
  .strict();
export type EvidenceInput = z.infer<typeof evidenceInput>;

export const custodyTransferInput = z
  .object({
    fromPerson: shortText,
    toPerson: shortText,
    at: isoDateTime,
    purpose: optionalLong,
    /** When given, the receiving person is told by mail what they received (item, time, SHA-256). */
    toEmail: z.union([z.email().max(LIMITS.email), z.literal('')]).optional(),
  })
  .strict();
export type CustodyTransferInput = z.infer<typeof custodyTransferInput>;
