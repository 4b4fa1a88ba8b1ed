/** Step 5: incident or not, how urgent, and whether to consult the police. */
import { looksLikeEmail } from '../lib/email.js';
import { message } from '../content/messages.js';
import { deriveUrgency } from '../domain/urgency.js';
import type { DeterminationView, IncidentDetail } from '../shared/api-types.js';
import type { DeterminationInput, IncidentStatus } from '../shared/incident-schemas.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/limits.js';
import { userRepository } from '../store/users.repository.js';
import { actorLabel, type ServiceContext, type UserActor } from './context.js';
import { mutateIncident, startedStatus } from './incident-mutation.js';
import { queueNotification } from './notifications.js';


export function determine(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: DeterminationInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'determine', version: input.version }, async (trx, row, at) => {
    const urgency =
      input.verdict === 'incident' ? (input.urgency ?? (input.criteria ? deriveUrgency(input.criteria) : 'medium')) : null;
    const view: DeterminationView = {
      verdict: input.verdict,
      urgency,
      criteria: input.criteria ?? null,
      reason: input.reason,
      police: input.police ? { consult: input.police.consult, reason: input.police.reason ?? null } : null,
      decidedBy: actorLabel(actor),
      decidedAt: at,
    };
    let status: IncidentStatus = startedStatus(row);
    let closedAt: string | null = null;
    if (input.verdict === 'incident') status = 'incident';
    if (input.verdict === 'not_incident') {
      // The guide: tell the finder it was not an incident; the case ends there.
      status = 'not_incident';
      closedAt = at;
      const reporter = row.reporterUserId ? await userRepository.getById(trx, row.reporterUserId) : undefined;
      const to = reporter?.email ?? (looksLikeEmail(row.reporterContact) ? row.reporterContact.trim() : null);
      if (to) {
        const locale = (reporter?.locale as Locale) ?? DEFAULT_LOCALE;
        const params = { incidentId: id, reason: input.reason };
        await queueNotification(
          trx,
          {
            incidentId: id,
            kind: 'not_incident_finder',
            recipient: to,
            locale,
            subject: message(locale, 'notify.not_incident_finder.subject', params),
            body: message(locale, 'notify.not_incident_finder.body', params),
          },
          at,
        );
      }
    }
    return {
      patch: { determination: JSON.stringify(view), urgency, status, closedAt },
      event: { type: 'determination.recorded', data: { ...input, urgency } },
    };
  });
}
