/**
 * One-click acknowledgement links. Each briefing and intake notice carries a link signed with a server
 * secret (HMAC, generated on first use and kept in the settings table), bound to one recipient, usable
 * once and only until it expires. The link only acknowledges: it signs nobody in and opens nothing.
 * Opening it shows what it is for (GET); the button on that page acknowledges (POST), so a mail
 * scanner that follows links cannot use it up.
 */
import type { Kysely } from 'kysely';
import { message } from '../content/messages.js';
import { formatDateTime } from '../domain/format.js';
import { newId, newToken } from '../lib/ids.js';
import { maskEmail } from '../notify/redact.js';
import type { AckLink } from '../notify/render.js';
import { readAckToken, signAckToken } from '../notify/signing.js';
import type { TreeRole } from '../shared/channel-schemas.js';
import type { Locale } from '../shared/limits.js';
import type { AckLinkInfo, AckLinkResult } from '../shared/notify-types.js';
import { ackRepository } from '../store/acknowledgements.repository.js';
import { incidentRepository } from '../store/incidents.repository.js';
import { outboxRepository } from '../store/outbox.repository.js';
import type { Database } from '../store/schema.js';
import { settingsRepository } from '../store/settings.repository.js';
import { briefingRepository } from '../store/steps.repository.js';
import { userRepository } from '../store/users.repository.js';
import { hasPermission } from './access.js';
import { type Actor, baseUrl, type ServiceContext, type UserActor } from './context.js';
import { AppError } from './errors.js';
import { isClosed } from './incident-mutation.js';
import { appendEvent } from './timeline.js';

const SIGNING_KEY = 'notify_ack_signing_key';
const MINUTE = 60_000;

export type AckSubjectType = AckLinkInfo['kind'];
export interface AckSubject {
  type: AckSubjectType;
  id: string;
  /** Whose contact tree an unacknowledged subject escalates to; null: no reminders, no escalation. */
  treeRole: TreeRole | null;
}

const linkError = (reason: 'invalid' | 'expired' | 'used') => new AppError(400, 'token_invalid', undefined, { reason });

/** The HMAC key for links, made on first use; concurrent first uses agree on whichever row won. */
export async function ackSigningKey(db: Kysely<Database>): Promise<string> {
  const existing = (await settingsRepository.get(db, SIGNING_KEY)) as { key?: string } | undefined;
  if (existing?.key) return existing.key;
  await db
    .insertInto('settings')
    .values({ key: SIGNING_KEY, value: JSON.stringify({ key: newToken() }) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return ((await settingsRepository.get(db, SIGNING_KEY)) as { key: string }).key;
}

/** The subject's request (reminders and escalation run per subject), created with its first notice. */
export async function ensureAckRequest(
  trx: Kysely<Database>,
  incidentId: string,
  subject: AckSubject,
  at: string,
  reminderMinutes: number,
): Promise<string> {
  const existing = await ackRepository.findRequest(trx, subject.type, subject.id);
  if (existing) return existing.id;
  await ackRepository.insertRequest(trx, {
    id: newId(),
    incidentId,
    subjectType: subject.type,
    subjectId: subject.id,
    treeRole: subject.treeRole,
    createdAt: at,
    acknowledgedAt: null,
    acknowledgedBy: null,
    remindedAt: null,
    escalationLevel: 0,
    nextCheckAt: subject.treeRole ? new Date(Date.parse(at) + reminderMinutes * MINUTE).toISOString() : null,
    lockedUntil: null,
  });
  const created = await ackRepository.findRequest(trx, subject.type, subject.id);
  if (!created) throw new Error('acknowledgement request vanished');
  return created.id;
}

export async function createAckToken(
  trx: Kysely<Database>,
  requestId: string,
  recipient: string,
  at: string,
  linkHours: number,
): Promise<string> {
  const user = await userRepository.getByEmail(trx, recipient);
  const id = newId();
  await ackRepository.insertToken(trx, {
    id,
    requestId,
    recipient: recipient.toLowerCase(),
    userId: user && user.disabled === 0 ? user.id : null,
    createdAt: at,
    expiresAt: new Date(Date.parse(at) + linkHours * 60 * MINUTE).toISOString(),
    usedAt: null,
  });
  return id;
}

/** The link as it goes into a message; computed at sending time, so the link itself is never stored. */
export async function ackLinkFor(ctx: ServiceContext, tokenId: string, locale: Locale): Promise<AckLink | null> {
  const token = await ackRepository.tokenExpiry(ctx.store.db, tokenId);
  if (!token) return null;
  const signed = signAckToken(await ackSigningKey(ctx.store.db), token.id, new Date(token.expiresAt));
  const url = `${baseUrl(ctx)}/ack/${signed}`;
  return {
    url,
    label: message(locale, 'notify.ack_footer.subject'),
    text: message(locale, 'notify.ack_footer.body', { link: url, expiresAt: formatDateTime(token.expiresAt, locale) }),
  };
}

async function checkToken(ctx: ServiceContext, db: Kysely<Database>, token: string) {
  const check = readAckToken(await ackSigningKey(db), token, ctx.clock.now());
  if (!check.ok) throw linkError(check.reason);
  const row = await ackRepository.getToken(db, check.tokenId);
  if (!row) throw linkError('invalid');
  if (row.usedAt) throw linkError('used');
  if (Date.parse(row.expiresAt) <= ctx.clock.now().getTime()) throw linkError('expired');
  return row;
}

const info = (row: Awaited<ReturnType<typeof checkToken>>): AckLinkInfo => ({
  kind: row.subjectType as AckSubjectType,
  incidentId: row.incidentId,
  recipient: maskEmail(row.recipient),
  expiresAt: row.expiresAt,
});

export async function ackLinkInfo(ctx: ServiceContext, token: string): Promise<AckLinkInfo> {
  return info(await checkToken(ctx, ctx.store.db, token));
}

export async function acknowledgeByLink(ctx: ServiceContext, token: string): Promise<AckLinkResult> {
  const at = ctx.clock.now().toISOString();
  return ctx.store.db.transaction().execute(async (trx) => {
    const row = await checkToken(ctx, trx, token);
    if (!(await ackRepository.consumeToken(trx, row.id, at))) throw linkError('used');
    await outboxRepository.acknowledgeByToken(trx, row.id, at);
    await ackRepository.markAcknowledged(trx, row.requestId, at, row.recipient);

    const user = row.userId ? await userRepository.getById(trx, row.userId) : undefined;
    const actor: Actor =
      user && user.disabled === 0
        ? {
            kind: 'user',
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role as UserActor['role'],
            locale: user.locale as Locale,
          }
        : { kind: 'anonymous', label: `acknowledgement link: ${row.recipient}` };
    await appendEvent(trx, ctx.store.caps, {
      incidentId: row.incidentId,
      at,
      actor,
      type: 'notification.acknowledged',
      data: { subjectType: row.subjectType, subjectId: row.subjectId, recipient: row.recipient, via: 'link' },
    });
    const briefingAcknowledged =
      row.subjectType === 'briefing' && actor.kind === 'user'
        ? await countAsBriefingAck(ctx, trx, actor, row.incidentId, row.subjectId, at)
        : false;
    return { ...info(row), acknowledgedAt: at, briefingAcknowledged };
  });
}

/** A manager's link counts as their acknowledgement of the briefing, as if pressed on the incident page. */
async function countAsBriefingAck(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  actor: UserActor,
  incidentId: string,
  briefingId: string,
  at: string,
): Promise<boolean> {
  if (!hasPermission(actor.role, 'acknowledge')) return false;
  const incident = await incidentRepository.getById(trx, incidentId);
  if (!incident || isClosed(incident)) return false;
  if (
    incident.restricted === 1 &&
    !(await incidentRepository.accessList(trx, incidentId)).some((a) => a.userId === actor.id)
  )
    return false;
  if (!(await briefingRepository.get(trx, incidentId, briefingId))) return false;
  const first = await briefingRepository.acknowledge(trx, { briefingId, userId: actor.id, at });
  await incidentRepository.updateUnversioned(trx, incidentId, { updatedAt: at });
  await appendEvent(trx, ctx.store.caps, {
    incidentId,
    at,
    actor,
    type: first ? 'briefing.acknowledged' : 'briefing.acknowledged_again',
    data: { briefingId, via: 'link' },
  });
  return true;
}
