/** Home: the big "report something" button, what is open, and (for admins) what preparation is missing. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIncidents } from '../api/queries';
import { hasRole, useSession } from '../api/session';
import { QueryState } from '../components/QueryState';
import { DashboardNextStep } from '../incident/DashboardNextStep';
import { DeskHint } from '../incident/DeskHint';
import { IncidentTable } from '../incident/IncidentTable';
import { FailedNotificationsCard } from '../notify/FailedNotificationsCard';
import { ReadinessCard } from '../readiness/ReadinessCard';

export function DashboardPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const incidents = useIncidents();
  const isAdmin = hasRole(session, 'admin');
  const list = incidents.data?.incidents ?? [];
  return (
    <>
      <section className="hero" aria-labelledby="dashboard-title">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <p className="lead">{t('dashboard.lead')}</p>
        <Link to="/report" className="button button-primary button-large" data-testid="report-button">
          {t('dashboard.report')}
        </Link>
      </section>
      {incidents.data ? <DashboardNextStep incidents={list} /> : null}
      <FailedNotificationsCard />
      {isAdmin ? <DeskHint /> : null}
      <section className="panel" aria-labelledby="incidents-title">
        <h2 id="incidents-title">{hasRole(session, 'reporter') ? t('dashboard.mine') : t('dashboard.incidents')}</h2>
        <QueryState isPending={incidents.isPending} error={incidents.error} onRetry={() => void incidents.refetch()} />
        {incidents.data && list.length === 0 ? <p data-testid="incidents-empty">{t('dashboard.empty')}</p> : null}
        {list.length > 0 ? <IncidentTable incidents={list} /> : null}
      </section>
      {isAdmin ? <ReadinessCard /> : null}
    </>
  );
}
