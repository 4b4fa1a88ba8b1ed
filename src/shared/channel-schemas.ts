/**
 * Inputs for notification delivery: the mail server, chat channels, who is told what, the contact tree,
 * distribution lists, warnings and the notification log. Shared by the server (validation, OpenAPI)
 * and the web UI (forms). Response shapes are in notify-types.ts.
 */
import { z } from 'zod';
import { LIMITS, LOCALES } from './limits.js';

export const NOTIFY_LIMITS = {
  urlLength: 2000,
  secretMin: 16,
  secretMax: 256,
  channelsPerRule: 10,
  alsoEmailPerRule: 20,
  contactsPerRole: 20,
  lists: 50,
  emailsPerList: 5000,
  extraRecipients: 200,
  warningBody: 10_000,
  logPage: 500,
} as const;

const email = z.email().max(LIMITS.email);
const name = z.string().trim().min(1).max(LIMITS.shortText);
const id = z.string().min(1).max(64);

/** Where a message goes: e-mail over SMTP, or one of the chat webhooks. */
export const CHAT_TYPES = ['slack', 'teams', 'google_chat', 'webhook'] as const;
export type ChatType = (typeof CHAT_TYPES)[number];
export const CHANNELS = ['email', ...CHAT_TYPES] as const;
export type Channel = (typeof CHANNELS)[number];

export const NOTIFICATION_STATUSES = ['queued', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** `tls`: TLS from the first byte (usually port 465); `starttls`: upgrade required (587); `none`: plain. */
export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;

export const smtpInput = z
  .object({
    host: z
      .string()
      .trim()
      .min(1)
      .max(253)
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'a host name or an IP address'),
    port: z.number().int().min(1).max(65535),
    security: z.enum(SMTP_SECURITY),
    /** Empty or omitted: the server takes mail without signing in. */
    username: z.string().trim().max(LIMITS.shortText).optional(),
    /** Omitted: keep the stored password; null: remove it. It is never sent back. */
    password: z.string().min(1).max(LIMITS.passwordMax).nullable().optional(),
    fromAddress: email,
    fromName: z.string().trim().max(LIMITS.shortText).optional(),
    enabled: z.boolean().default(true),
  })
  .strict();
export type SmtpInput = z.infer<typeof smtpInput>;

export const smtpTestInput = z.object({ to: email }).strict();

const webhookUrl = z.url({ protocol: /^https?$/ }).max(NOTIFY_LIMITS.urlLength);
const signingSecret = z.string().min(NOTIFY_LIMITS.secretMin).max(NOTIFY_LIMITS.secretMax);

const channelFields = {
  type: z.enum(CHAT_TYPES),
  name,
  /** The language of what is posted there. */
  locale: z.enum(LOCALES).default('ja'),
  enabled: z.boolean().default(true),
};

/** Adding a chat channel: the URL is required, and a signing secret for the generic webhook. */
export const createChatChannelInput = z
  .object({ ...channelFields, url: webhookUrl, secret: signingSecret.optional() })
  .strict()
  .refine((c) => c.type !== 'webhook' || c.secret !== undefined, {
    message: 'a generic webhook needs a signing secret',
    path: ['secret'],
  });
export type CreateChatChannelInput = z.infer<typeof createChatChannelInput>;

/** Changing one: an omitted URL or secret keeps the stored one (neither is ever sent back in full). */
export const updateChatChannelInput = z
  .object({ ...channelFields, url: webhookUrl.optional(), secret: signingSecret.optional() })
  .strict();
export type UpdateChatChannelInput = z.infer<typeof updateChatChannelInput>;

/** The notification kinds an organisation can re-route; reminders and escalations follow their own rules. */
export const ROUTABLE_KINDS = [
  'intake_supervisor',
  'intake_desk',
  'intake_receipt',
  'briefing',
  'not_incident_finder',
  'urgency_high',
  'support_request',
  'custody_transfer',
] as const;
export type RoutableKind = (typeof ROUTABLE_KINDS)[number];

/** Only internal notices may also be posted to chat: a receipt or a vendor request may go outside. */
export const CHAT_ROUTABLE_KINDS: readonly RoutableKind[] = ['intake_desk', 'briefing', 'urgency_high'];

const routingRule = z
  .object({
    /** Mail to the people the product picks (supervisor, desk, managers…). */
    email: z.boolean().default(true),
    /** Chat channel ids that get a copy. */
    channels: z.array(id).max(NOTIFY_LIMITS.channelsPerRule).default([]),
    /** Addresses that always get a copy too. */
    alsoEmail: z.array(email).max(NOTIFY_LIMITS.alsoEmailPerRule).default([]),
  })
  .strict();
export type RoutingRule = z.infer<typeof routingRule>;

const escalationTimes = z
  .object({
    /** An unacknowledged briefing or desk notice is sent again after this long. */
    reminderMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** …and, this long after each reminder or escalation, goes to the next person in the contact tree. */
    escalateMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** How long an acknowledgement link works. */
    ackLinkHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(72),
  })
  .strict();

export const routingInput = z
  .object({
    rules: z
      .object({
        intake_supervisor: routingRule.optional(),
        intake_desk: routingRule.optional(),
        intake_receipt: routingRule.optional(),
        briefing: routingRule.optional(),
        not_incident_finder: routingRule.optional(),
        urgency_high: routingRule.optional(),
        support_request: routingRule.optional(),
        custody_transfer: routingRule.optional(),
      })
      .strict()
      .prefault({}),
    escalation: escalationTimes.prefault({}),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const kind of ROUTABLE_KINDS) {
      const rule = input.rules[kind];
      if (rule && rule.channels.length > 0 && !CHAT_ROUTABLE_KINDS.includes(kind))
        ctx.addIssue({ code: 'custom', path: ['rules', kind, 'channels'], message: 'this notice goes by mail only' });
    }
  });
export type RoutingInput = z.infer<typeof routingInput>;

/** Contact trees: per role, the people to escalate to, in order. Phones are shown so people can call. */
export const TREE_ROLES = ['manager', 'desk'] as const;
export type TreeRole = (typeof TREE_ROLES)[number];

const contact = z
  .object({
    name,
    email: z.union([email, z.literal('')]).optional(),
    phone: z.string().trim().max(50).optional(),
    note: z.string().trim().max(LIMITS.shortText).optional(),
  })
  .strict()
  .refine((c) => Boolean(c.email || c.phone), { message: 'give an e-mail address or a phone number', path: ['email'] });
export type Contact = z.infer<typeof contact>;

export const contactTreeInput = z
  .object({
    manager: z.array(contact).max(NOTIFY_LIMITS.contactsPerRole).default([]),
    desk: z.array(contact).max(NOTIFY_LIMITS.contactsPerRole).default([]),
  })
  .strict();
export type ContactTreeInput = z.infer<typeof contactTreeInput>;

/** Staff (internal) and customer or partner (external) warnings, e.g. about mail spoofing us. */
export const WARNING_AUDIENCES = ['internal', 'external'] as const;
export type WarningAudience = (typeof WARNING_AUDIENCES)[number];

export const distributionListsInput = z
  .object({
    lists: z
      .array(
        z
          .object({
            /** Omitted for a new list; the server assigns one. */
            id: id.optional(),
            name,
            audience: z.enum(WARNING_AUDIENCES),
            emails: z.array(email).max(NOTIFY_LIMITS.emailsPerList),
          })
          .strict(),
      )
      .max(NOTIFY_LIMITS.lists),
  })
  .strict();
export type DistributionListsInput = z.infer<typeof distributionListsInput>;

export const warningDraftQuery = z.object({
  audience: z.enum(WARNING_AUDIENCES),
  locale: z.enum(LOCALES).optional(),
});

export const sendWarningInput = z
  .object({
    audience: z.enum(WARNING_AUDIENCES),
    locale: z.enum(LOCALES),
    listIds: z.array(id).max(NOTIFY_LIMITS.lists).default([]),
    extraRecipients: z.array(email).max(NOTIFY_LIMITS.extraRecipients).default([]),
    subject: name,
    body: z.string().trim().min(1).max(NOTIFY_LIMITS.warningBody),
  })
  .strict()
  .refine((w) => w.listIds.length + w.extraRecipients.length > 0, {
    message: 'choose a distribution list or add a recipient',
    path: ['listIds'],
  });
export type SendWarningInput = z.infer<typeof sendWarningInput>;

export const notificationLogQuery = z.object({
  incidentId: id.optional(),
  status: z.enum(NOTIFICATION_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  limit: z.coerce.number().int().min(1).max(NOTIFY_LIMITS.logPage).default(100),
  /** For the next page: the previous answer's `nextCursor`. */
  cursor: z.string().max(200).optional(),
});
export type NotificationLogQuery = z.infer<typeof notificationLogQuery>;
