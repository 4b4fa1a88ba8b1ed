/** What a reporter sees of their own incident: where it stands and what happens next, read-only. */
import { useTranslation } from 'react-i18next';
import { NothingLeft } from '../components/NextStepHint';
import { formatDateTime } from '../lib/format';
import type { IncidentDetail } from '../shared';
import { IncidentHeader } from './IncidentHeader';

export function ReporterView({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  return (
    <article className="incident" data-testid="reporter-view">
      <IncidentHeader incident={incident} />
      <section className="panel" aria-labelledby="reporter-status-title">
        <h2 id="reporter-status-title">{t('reporterView.statusTitle')}</h2>
        <p data-testid="reporter-status-text">{t(`reporterView.status.${incident.status}`)}</p>
      </section>
      <section className="panel" aria-labelledby="reporter-next-title">
        <h2 id="reporter-next-title">{t('reporterView.nextTitle')}</h2>
        <ul>
          <li>{t('receipt.next.contact')}</li>
          <li>{t('receipt.next.power')}</li>
          <li>{t('receipt.next.network')}</li>
          <li>{t('receipt.next.more')}</li>
        </ul>
      </section>
      <section className="panel" aria-labelledby="reporter-report-title">
        <h2 id="reporter-report-title">{t('reporterView.reportTitle')}</h2>
        <dl className="facts-list">
          <dt>{t('report.whatHappened.label')}</dt>
          <dd className="pre">{incident.report.whatHappened}</dd>
          <dt>{t('report.where.label')}</dt>
          <dd>{incident.report.where}</dd>
          <dt>{t('incident.reportedAt')}</dt>
          <dd>{formatDateTime(incident.reportedAt)}</dd>
        </dl>
      </section>
      <NothingLeft
        actions={[
          { to: '/', label: t('guidance.home') },
          { to: '/report', label: t('guidance.reporter.reportAgain') },
        ]}
      >
        <p>{incident.status === 'closed' ? t('guidance.reporter.closed') : t('guidance.reporter.open')}</p>
      </NothingLeft>
    </article>
  );
}
