/**
 * Helpers for the notification table on the incident page: follow messages still waiting to be sent
 * (the worker sends them within seconds), and point to the log, loudly when some could not be sent.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pollWhileQueued } from '../api/notify';
import { keys } from '../api/queries';
import type { NotificationView } from '../shared';
import './notify.css';

/** Re-reads the incident while any of its messages is queued (see pollWhileQueued); renders nothing. */
export function FollowQueued({ incidentId, notifications }: { incidentId: string; notifications: NotificationView[] }) {
  const queryClient = useQueryClient();
  const every = pollWhileQueued(notifications);
  useEffect(() => {
    if (every === false) return;
    const timer = window.setInterval(
      () => void queryClient.invalidateQueries({ queryKey: keys.incident(incidentId), exact: true }),
      every,
    );
    return () => window.clearInterval(timer);
  }, [every, incidentId, queryClient]);
  return null;
}

export function NotificationLogLink({ incidentId, failed }: { incidentId: string; failed: number }) {
  const { t } = useTranslation();
  const base = `/notifications?incidentId=${encodeURIComponent(incidentId)}`;
  if (failed === 0) {
    return (
      <p className="hint">
        <Link to={base} data-testid="notifications-log-link">
          {t('notify.incident.openLog')}
        </Link>
      </p>
    );
  }
  return (
    <div className="notice notice-error" role="alert" data-testid="notifications-failed" data-count={failed}>
      <p className="notice-title">{t('notify.incident.failedTitle', { n: failed })}</p>
      <p>{t('notify.incident.failedBody')}</p>
      <p>
        <Link to={`${base}&status=failed`} className="button button-small" data-testid="notifications-log-link">
          {t('notify.incident.openFailed')}
        </Link>
      </p>
    </div>
  );
}
