/** The list of incidents: newest first, each row a link to its page. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../components/StatusBadge';
import { UrgencyBadge } from '../components/UrgencyBadge';
import { DrillBadge } from '../drills/DrillBadge';
import { formatDateTime } from '../lib/format';
import type { IncidentSummary } from '../shared';

export function IncidentTable({ incidents }: { incidents: IncidentSummary[] }) {
  const { t } = useTranslation();
  const sorted = [...incidents].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="incident-list">
        <thead>
          <tr>
            <th scope="col">{t('incident.number')}</th>
            <th scope="col">{t('incident.titleLabel')}</th>
            <th scope="col">{t('incident.status')}</th>
            <th scope="col">{t('incident.urgency')}</th>
            <th scope="col">{t('incident.types')}</th>
            <th scope="col">{t('incident.reportedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((i) => (
            <tr key={i.id} data-testid="incident-row" data-incident-id={i.id}>
              <td>
                <Link to={`/incidents/${encodeURIComponent(i.id)}`}>{i.id}</Link>
              </td>
              <td>
                {i.drill ? <DrillBadge /> : null}
                {i.title}
                {i.restricted ? <span className="badge badge-restricted">{t('incident.restricted')}</span> : null}
              </td>
              <td>
                <StatusBadge status={i.status} />
              </td>
              <td>
                <UrgencyBadge urgency={i.urgency} />
              </td>
              <td>{i.types.map((type) => t(`types.${type}`)).join(t('common.listSeparator'))}</td>
              <td>{formatDateTime(i.reportedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
