/** Everything that happened, oldest first (newest last), with who did it and when. */
import { useTranslation } from 'react-i18next';
import { useTimeline } from '../api/queries';
import { QueryState } from '../components/QueryState';
import { formatDateTime, labelOf } from '../lib/format';

function summary(data: Record<string, unknown>): string {
  return (
    Object.entries(data)
      // Internal ids mean nothing to a reader; the names and values next to them do.
      .filter(([k]) => !/Id$|^version$/.test(k))
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      .slice(0, 4)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(' · ')
  );
}

export function TimelineSection({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(incidentId);
  const events = [...(timeline.data?.events ?? [])].sort((a, b) => a.seq - b.seq);
  return (
    <section id="timeline" className="timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title" tabIndex={-1}>
        {t('timeline.title')}
      </h2>
      <p className="hint">{t('timeline.hint')}</p>
      <QueryState isPending={timeline.isPending} error={timeline.error} onRetry={() => void timeline.refetch()} />
      {timeline.data && events.length === 0 ? <p className="muted">{t('timeline.empty')}</p> : null}
      {events.length > 0 ? (
        <ol className="timeline-list">
          {events.map((e) => (
            <li key={e.seq} data-testid="timeline-event" data-type={e.type}>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              <span className="timeline-type">{labelOf('timeline.types', e.type)}</span>
              <span className="timeline-actor">{t('timeline.by', { name: e.actor })}</span>
              {summary(e.data) ? <span className="timeline-data">{summary(e.data)}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
