/** Management's decisions: topic, what was decided and why, by whom and when. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { DecisionView } from '../../shared';

export function DecisionList({ decisions }: { decisions: DecisionView[] }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return <p className="muted">{t('decisions.none')}</p>;
  return (
    <ul className="card-list" data-testid="decision-list">
      {decisions.map((d) => (
        <li key={d.id} className="card" data-testid="decision-item">
          <p className="card-title">{t(`decisionTopic.${d.topic}`)}</p>
          <p className="pre">{d.decision}</p>
          {d.reason ? <p className="pre muted">{t('decisions.reasonValue', { reason: d.reason })}</p> : null}
          <p className="meta">{t('decisions.by', { name: d.decidedBy, at: formatDateTime(d.decidedAt) })}</p>
        </li>
      ))}
    </ul>
  );
}
