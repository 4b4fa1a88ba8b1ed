/**
 * The notices queued for an incident: who, what kind, whether they went out (attempts, the last error),
 * when they were delivered and acknowledged. Failed ones are highlighted with a way to the log to resend.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { FollowQueued, NotificationLogLink } from '../../notify/IncidentNotifications';
import { channelLabel, kindLabel } from '../../notify/labels';
import type { NotificationView } from '../../shared';

export function NotificationTable({
  notifications,
  incidentId,
}: {
  notifications: NotificationView[];
  /** Lets the table refresh while messages wait to be sent, and link to this incident's log. */
  incidentId?: string;
}) {
  const { t } = useTranslation();
  if (notifications.length === 0) {
    return (
      <p className="notice notice-warning" data-testid="notifications-empty">
        {t('intake.noNotifications')}
      </p>
    );
  }
  const failed = notifications.filter((n) => n.status === 'failed').length;
  return (
    <>
      {incidentId ? <FollowQueued incidentId={incidentId} notifications={notifications} /> : null}
      {incidentId ? <NotificationLogLink incidentId={incidentId} failed={failed} /> : null}
      <div className="table-wrap">
        <table className="table notify-table" data-testid="notifications">
          <thead>
            <tr>
              <th scope="col">{t('intake.recipient')}</th>
              <th scope="col">{t('intake.kind')}</th>
              <th scope="col">{t('intake.notificationStatus')}</th>
              <th scope="col">{t('intake.createdAt')}</th>
              <th scope="col">{t('notify.log.lastError')}</th>
              <th scope="col">{t('notify.log.delivery')}</th>
            </tr>
          </thead>
          <tbody>
            {notifications.map((n) => (
              <tr
                key={n.id}
                className={n.status === 'failed' ? 'row-failed' : undefined}
                data-testid="notification-row"
                data-status={n.status}
                data-kind={n.kind}
                data-recipient={n.recipient}
                data-acknowledged={n.acknowledgedAt ? 'true' : 'false'}
              >
                <td className="break-anywhere">
                  {n.recipient}
                  <span className="hint block">{channelLabel(n.channel)}</span>
                </td>
                <td>
                  {kindLabel(n.kind)}
                  <span className="hint block">{n.subject}</span>
                </td>
                <td>
                  <span className={`badge badge-notify-${n.status}`}>{t(`notificationStatus.${n.status}`)}</span>
                  <span className="hint block" data-testid="notification-attempts">
                    {t('notify.log.attemptsCount', { n: n.attempts })}
                  </span>
                </td>
                <td>{formatDateTime(n.createdAt)}</td>
                <td>
                  {n.lastError ? (
                    <code className="last-error" data-testid="notification-last-error">
                      {n.lastError}
                    </code>
                  ) : (
                    <span className="muted">{t('notify.none')}</span>
                  )}
                </td>
                <td>
                  <span className="block">
                    {t('notify.log.deliveredShort')}: {n.deliveredAt ? formatDateTime(n.deliveredAt) : t('notify.none')}
                  </span>
                  <span className="block" data-testid="notification-acknowledged">
                    {t('notify.log.acknowledgedShort')}:{' '}
                    {n.acknowledgedAt ? formatDateTime(n.acknowledgedAt) : t('notify.none')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
