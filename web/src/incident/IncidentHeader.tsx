/** The top of the incident page: number, title, status, urgency, types, and a print button. */
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../components/StatusBadge';
import { UrgencyBadge } from '../components/UrgencyBadge';
import { formatDateTime } from '../lib/format';
import type { IncidentDetail } from '../shared';

export function IncidentHeader({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  return (
    <header className="incident-header">
      <p className="incident-number" data-testid="incident-id">
        {t('incident.numberValue', { id: incident.id })}
      </p>
      <h1 data-testid="incident-title">{incident.title}</h1>
      <div className="incident-meta">
        <StatusBadge status={incident.status} testId="incident-status" />
        <UrgencyBadge urgency={incident.urgency} testId="incident-urgency" />
        {incident.types.map((type) => (
          <span key={type} className="badge badge-type">
            {t(`types.${type}`)}
          </span>
        ))}
        {incident.restricted ? <span className="badge badge-restricted">{t('incident.restricted')}</span> : null}
      </div>
      <p className="incident-dates">
        <span>{t('incident.reportedAtValue', { at: formatDateTime(incident.reportedAt) })}</span>
        <span>{t('incident.updatedAtValue', { at: formatDateTime(incident.updatedAt) })}</span>
      </p>
      <button
        type="button"
        className="button button-secondary button-small no-print"
        onClick={() => window.print()}
        data-testid="print-incident"
      >
        {t('incident.print')}
      </button>
    </header>
  );
}
