/**
 * Dashboard: "N notifications could not be sent", for the response staff, linking to the log filtered to
 * the failed ones. Nothing is shown while everything is on its way.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FAILED_COUNT_LIMIT, useFailedCount } from '../api/notify';
import { hasRole, useSession } from '../api/session';
import './notify.css';

export function FailedNotificationsCard() {
  const { t } = useTranslation();
  const session = useSession().data;
  const failed = useFailedCount(hasRole(session, 'responder', 'manager', 'admin'));
  const count = failed.data?.count ?? 0;
  if (count === 0) return null;
  const shown = failed.data?.more ? t('notify.card.atLeast', { n: FAILED_COUNT_LIMIT }) : String(count);
  return (
    <section
      className="panel failed-card"
      aria-labelledby="failed-notifications-title"
      data-testid="failed-notifications-card"
      data-count={count}
    >
      <h2 id="failed-notifications-title">{t('notify.card.title', { n: shown })}</h2>
      <p>{t('notify.card.body')}</p>
      <p className="button-row">
        <Link
          to="/notifications?status=failed"
          className="button button-primary"
          data-testid="failed-notifications-link"
        >
          {t('notify.card.open')}
        </Link>
      </p>
    </section>
  );
}
