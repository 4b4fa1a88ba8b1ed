/**
 * Notices beyond the first ones: managers are told at once when urgency is raised to the top level, and
 * the receiving person when evidence is handed over to them.
 */
import type { Kysely } from 'kysely';
import { notificationText } from '../content/messages.js';
import { formatDateTime } from '../domain/format.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/limits.js';
import type { EvidenceRow } from '../store/evidence.repository.js';
import { type IncidentRow, incidentRepository } from '../store/incidents.repository.js';
import type { Database } from '../store/schema.js';
import { userRepository } from '../store/users.repository.js';
import { baseUrl, type ServiceContext } from './context.js';
import { queueNotification } from './notifications.js';

type Trx = Kysely<Database>;

/** Managers who may see the incident: on a restricted one, only those named on it. */
async function managersFor(trx: Trx, row: IncidentRow) {
  const managers = await userRepository.listByRole(trx, ['manager']);
  if (row.restricted !== 1) return managers;
  const named = new Set((await incidentRepository.accessList(trx, row.id)).map((a) => a.userId));
  return managers.filter((m) => named.has(m.id));
}

export async function notifyUrgencyRaised(
  ctx: ServiceContext,
  trx: Trx,
  row: IncidentRow,
  reason: string,
  at: string,
): Promise<void> {
  for (const m of await managersFor(trx, row)) {
    const locale = m.locale as Locale;
    const text = notificationText(locale, 'urgency_high', {
      incidentId: row.id,
      title: row.title,
      reason,
      link: `${baseUrl(ctx)}/incidents/${row.id}`,
    });
    await queueNotification(trx, { incidentId: row.id, kind: 'urgency_high', recipient: m.email, locale, ...text }, at);
  }
}

export async function notifyCustodyTransfer(
  trx: Trx,
  incidentId: string,
  evidence: Pick<EvidenceRow, 'item' | 'sha256'>,
  t: { toEmail: string; fromPerson: string; toPerson: string; at: string; purpose?: string },
  at: string,
): Promise<void> {
  const user = await userRepository.getByEmail(trx, t.toEmail);
  const locale = (user?.locale as Locale | undefined) ?? DEFAULT_LOCALE;
  // The receiver may be outside the organisation (a vendor, the police): no link into the case.
  const text = notificationText(locale, 'custody_transfer', {
    incidentId,
    item: evidence.item,
    fromPerson: t.fromPerson,
    toPerson: t.toPerson,
    at: formatDateTime(t.at, locale),
    purpose: t.purpose || '-',
    sha256: evidence.sha256 ?? '-',
  });
  await queueNotification(trx, { incidentId, kind: 'custody_transfer', recipient: t.toEmail, locale, ...text }, at);
}
