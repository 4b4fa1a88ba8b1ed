/** Step 5: incident or not, how urgent, and whether to consult the police. */

import { notificationText } from '../content/messages.js';
import { formatDateTime } from '../domain/format.js';
import { deriveUrgency } from '../domain/urgency.js';
import { finderAddress } from '../lib/email.js';
import type { DeterminationView, IncidentDetail } from '../shared/api-types.js';
import type { DeterminationInput } from '../shared/incident-schemas.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/limits.js';
import { userRepository } from '../store/users.repository.js';
import { actorLabel, type ServiceContext, type UserActor } from './context.js';
import { mutateIncident, statusAfter } from './incident-mutation.js';
import { queueNotification } from './notifications.js';
import { notifyUrgencyRaised } from './notify-events.js';

export function determine(
  ctx: ServiceContext,
  actor: UserActor,
  id: string,
  input: DeterminationInput,
): Promise<IncidentDetail> {
  return mutateIncident(ctx, actor, id, { permission: 'determine', version: input.version }, async (trx, row, at) => {
    const urgency =
      input.verdict === 'incident'
        ? (input.urgency ?? (input.criteria ? deriveUrgency(input.criteria) : 'medium'))
        : null;
    const view: DeterminationView = {
      verdict: input.verdict,
      urgency,
      criteria: input.criteria ?? null,
      reason: input.reason,
      police: input.police ? { consult: input.police.consult, reason: input.police.reason ?? null } : null,
      decidedBy: actorLabel(actor),
      decidedAt: at,
    };
    const status = statusAfter(row, { type: 'determined', verdict: input.verdict });
    let closedAt: string | null = null;
    if (input.verdict === 'not_incident') {
      // The guide: tell the finder it was not an incident; the case ends there.
      closedAt = at;
      const reporter = row.reporterUserId ? await userRepository.getById(trx, row.reporterUserId) : undefined;
      const to = finderAddress(reporter?.email, row.reporterContact);
      if (to) {
        const locale = (reporter?.locale as Locale) ?? DEFAULT_LOCALE;
        const text = notificationText(locale, 'not_incident_finder', {
          incidentId: id,
          reportedAt: formatDateTime(row.reportedAt, locale),
          reason: input.reason,
        });
        await queueNotification(
          trx,
          { incidentId: id, kind: 'not_incident_finder', recipient: to, locale, ...text },
          at,
        );
      }
    }
    // Raised to the top level: management hears it at once, not at the next briefing.
    if (urgency === 'high' && row.urgency !== 'high') await notifyUrgencyRaised(ctx, trx, row, input.reason, at);
    return {
      patch: { determination: JSON.stringify(view), urgency, status, closedAt },
      event: { type: 'determination.recorded', data: { ...input, urgency } },
    };
  });
}
