/** Step 1: the report as it was received, and the notices sent to the supervisor and the response desk. */
import { useTranslation } from 'react-i18next';
import { formatDateTime, labelOf } from '../../lib/format';
import type { IncidentDetail } from '../../shared';
import { NotificationTable } from './NotificationTable';

export function IntakeStep({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { report, reporter } = incident;
  const rows: [string, string | null][] = [
    [t('intake.channel'), t(`channel.${incident.channel}`)],
    [t('incident.reportedAt'), formatDateTime(incident.reportedAt)],
    [t('intake.reporterName'), reporter.name],
    [t('intake.contact'), reporter.contact],
    [t('report.department.label'), reporter.department],
    [t('report.supervisorEmail.label'), reporter.supervisorEmail],
    [t('report.whatHappened.label'), report.whatHappened],
    [t('report.where.label'), report.where],
    [t('report.noticedAt.label'), report.noticedAt],
    [t('report.whyAbnormal.label'), report.whyAbnormal],
    [t('report.alreadyDone.label'), report.alreadyDone],
    [t('incident.types'), incident.types.map((type) => labelOf('types', type)).join(t('common.listSeparator'))],
  ];
  return (
    <div className="step-body">
      <h3>{t('intake.reportTitle')}</h3>
      <dl className="facts-list" data-testid="intake-report">
        {rows.map(([label, value]) => (
          <div key={label} className="facts-row">
            <dt>{label}</dt>
            <dd className="pre">{value || <span className="muted">{t('common.notGiven')}</span>}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('intake.notificationsTitle')}</h3>
      <p className="hint">{t('intake.notificationsHint')}</p>
      <NotificationTable notifications={incident.notifications} incidentId={incident.id} />
    </div>
  );
}
