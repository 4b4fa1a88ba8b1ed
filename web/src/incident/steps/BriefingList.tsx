/** Briefings sent so far, newest first, with who has read them; managers confirm they have read one. */
import { useTranslation } from 'react-i18next';
import { acknowledgeBriefing } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import type { IncidentDetail } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

export function BriefingList({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const me = useSession().data?.user.id;
  const ack = useIncidentAction(incident.id, (briefingId: string) => acknowledgeBriefing(incident.id, briefingId));
  const briefings = [...incident.briefings].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  if (briefings.length === 0) {
    return (
      <p className="muted" data-testid="briefings-empty">
        {t('briefing.none')}
      </p>
    );
  }
  return (
    <div className="briefings">
      <h3>{t('briefing.listTitle')}</h3>
      <ErrorNotice error={ack.error} />
      {briefings.map((b) => {
        const mine = b.acknowledgements.some((a) => a.userId === me);
        return (
          <article key={b.id} className="card" data-testid="briefing-item">
            <h4>{b.subject}</h4>
            <p className="meta">
              {t('briefing.sentBy', { name: b.sentBy, at: formatDateTime(b.sentAt) })}
              {b.nextUpdateAt ? (
                <span className="block">{t('briefing.nextUpdate', { at: formatDateTime(b.nextUpdateAt) })}</span>
              ) : null}
            </p>
            <details>
              <summary>{t('briefing.showBody')}</summary>
              <pre className="preview-body">{b.body}</pre>
            </details>
            <p className="meta" data-testid="briefing-acks">
              {b.acknowledgements.length === 0
                ? t('briefing.notRead')
                : t('briefing.readBy', {
                    names: b.acknowledgements
                      .map((a) => t('briefing.readByOne', { name: a.name, at: formatDateTime(a.at) }))
                      .join(t('common.listSeparator')),
                  })}
            </p>
            {incident.can.acknowledge && !mine ? (
              <button
                type="button"
                className="button"
                onClick={() => ack.mutate(b.id)}
                disabled={ack.isPending}
                data-testid="briefing-ack"
              >
                {t('briefing.ack')}
              </button>
            ) : null}
            {mine ? <p className="badge badge-done">{t('briefing.ackDone')}</p> : null}
          </article>
        );
      })}
    </div>
  );
}
