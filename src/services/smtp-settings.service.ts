/** The mail server (admin settings): stored with its password, shown without it, testable from the page. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { message } from '../content/messages.js';
import { formatDateTime } from '../domain/format.js';
import { isoNow } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { redact } from '../notify/redact.js';
import { htmlBody } from '../notify/render.js';
import { type OutgoingMail, type SmtpSettings, sendTestMail } from '../notify/senders/email.js';
import { SMTP_SECURITY, type SmtpInput } from '../shared/channel-schemas.js';
import type { ChannelTestResult, SmtpSettingsView } from '../shared/notify-types.js';
import type { Database } from '../store/schema.js';
import { settingsRepository } from '../store/settings.repository.js';
import { requireRole } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { readSettings } from './settings.service.js';
import { appendEvent } from './timeline.js';

const SMTP_KEY = 'notify_smtp';

const storedSmtp = z.object({
  host: z.string(),
  port: z.number(),
  security: z.enum(SMTP_SECURITY),
  username: z.string().nullable(),
  password: z.string().nullable(),
  fromAddress: z.string(),
  fromName: z.string().nullable(),
  enabled: z.boolean(),
  updatedAt: z.string(),
});
type StoredSmtp = z.infer<typeof storedSmtp>;

/** The stored mail server with its password, for sending; undefined until an admin sets one up. */
export async function readSmtp(db: Kysely<Database>): Promise<(SmtpSettings & { updatedAt: string }) | undefined> {
  const parsed = storedSmtp.safeParse(await settingsRepository.get(db, SMTP_KEY));
  return parsed.success ? parsed.data : undefined;
}

const toView = (s: StoredSmtp | undefined): SmtpSettingsView => ({
  configured: s !== undefined,
  host: s?.host ?? null,
  port: s?.port ?? null,
  security: s?.security ?? null,
  username: s?.username ?? null,
  passwordSet: Boolean(s?.password),
  fromAddress: s?.fromAddress ?? null,
  fromName: s?.fromName ?? null,
  enabled: s?.enabled ?? false,
  updatedAt: s?.updatedAt ?? null,
});

export async function getSmtp(ctx: ServiceContext, actor: UserActor): Promise<SmtpSettingsView> {
  requireRole(actor, ['admin']);
  return toView(await readSmtp(ctx.store.db));
}

export async function putSmtp(ctx: ServiceContext, actor: UserActor, input: SmtpInput): Promise<SmtpSettingsView> {
  requireRole(actor, ['admin']);
  const at = isoNow(ctx.clock);
  const stored = await ctx.store.db.transaction().execute(async (trx) => {
    const before = await readSmtp(trx);
    const next: StoredSmtp = {
      host: input.host,
      port: input.port,
      security: input.security,
      username: input.username || null,
      // Omitted keeps the stored password, null removes it: the form never has it to send back.
      password: input.password === undefined ? (before?.password ?? null) : input.password,
      fromAddress: input.fromAddress,
      fromName: input.fromName || null,
      enabled: input.enabled,
      updatedAt: at,
    };
    await settingsRepository.put(trx, SMTP_KEY, next);
    await appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'notify.smtp_updated',
      data: {
        host: next.host,
        port: next.port,
        security: next.security,
        passwordChanged: input.password !== undefined,
      },
    });
    return next;
  });
  return toView(stored);
}

/** The domain of the sender address, for Message-IDs (`<key@domain>`). */
export const mailDomain = (fromAddress: string): string => fromAddress.split('@')[1] || 'shodo.invalid';

export async function testSmtp(ctx: ServiceContext, actor: UserActor, to: string): Promise<ChannelTestResult> {
  requireRole(actor, ['admin']);
  const smtp = await readSmtp(ctx.store.db);
  if (!smtp) throw errors.invalidInput({ smtp: 'no mail server is set up yet' });
  const at = isoNow(ctx.clock);
  const { orgName } = await readSettings(ctx);
  const params = { orgName: orgName || 'Shodo', at: formatDateTime(at, actor.locale) };
  const subject = message(actor.locale, 'notify.channel_test.subject', params);
  const text = message(actor.locale, 'notify.channel_test.body', params);
  const mail: OutgoingMail = {
    to,
    subject,
    text,
    html: htmlBody(subject, text, actor.locale, null),
    messageId: `test-${newId()}@${mailDomain(smtp.fromAddress)}`,
    headers: {},
  };
  const started = performance.now();
  const outcome = await sendTestMail(smtp, mail, ctx.config.notify.sendTimeoutMs);
  const result: ChannelTestResult = {
    ok: outcome.ok,
    status: outcome.status,
    response: redact(outcome.response, [smtp.password]),
    ms: Math.round(performance.now() - started),
  };
  await ctx.store.db.transaction().execute((trx) =>
    appendEvent(trx, ctx.store.caps, {
      incidentId: null,
      at,
      actor,
      type: 'notify.smtp_tested',
      data: { ok: result.ok, status: result.status },
    }),
  );
  return result;
}
