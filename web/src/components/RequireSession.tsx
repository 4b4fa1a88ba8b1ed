/** Pages behind sign-in: wait for the session, send anonymous visitors to the login page and back. */
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { QueryState } from './QueryState';

export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending || session.error) {
    return (
      <section className="panel">
        <h1>{t('app.name')}</h1>
        <QueryState isPending={session.isPending} error={session.error} onRetry={() => void session.refetch()} />
      </section>
    );
  }
  if (!session.data) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
