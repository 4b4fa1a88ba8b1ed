/** Everything that happened, oldest first (newest last), with who did it and when. */
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTimeline } from '../api/queries';
import { QueryState } from '../components/QueryState';
import { formatDateTime, labelOf } from '../lib/format';
import type { ChecklistItemView } from '../shared';

/** Values that are codes, shown with their label (`<prefix>.<value>`). */
const CODED: Record<string, string> = {
  verdict: 'verdict',
  urgency: 'urgency',
  topic: 'decisionTopic',
  channel: 'channel',
};

/**
 * What an event recorded, in the reader's language: only fields with a label (`guidance.timeline.fields.*`)
 * are shown, codes are translated, checklist keys become the item's title. Ids and internals stay out.
 */
function summary(type: string, data: Record<string, unknown>, checklist: ChecklistItemView[]): string {
  return Object.entries(data)
    .filter(([k]) => i18n.exists(`guidance.timeline.fields.${k}`))
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([k, v]): [string, string] => {
      const value = String(v);
      if (k === 'itemKey') return [k, checklist.find((c) => c.key === value)?.title ?? ''];
      if (k === 'state') return [k, labelOf(type === 'spread.checked' ? 'spreadState' : 'checkState', value)];
      const coded = CODED[k];
      return [k, coded ? labelOf(coded, value) : value];
    })
    .filter(([, v]) => v !== '')
    .slice(0, 4)
    .map(([k, v]) => i18n.t('guidance.timeline.field', { name: i18n.t(`guidance.timeline.fields.${k}`), value: v }))
    .join(' · ');
}

export function TimelineSection({
  incidentId,
  checklist = [],
}: {
  incidentId: string;
  checklist?: ChecklistItemView[];
}) {
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
              {summary(e.type, e.data, checklist) ? (
                <span className="timeline-data">{summary(e.type, e.data, checklist)}</span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
