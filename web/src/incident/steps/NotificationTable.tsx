/** The notices queued for an incident: who, what kind, and whether they went out. */
import { useTranslation } from 'react-i18next';
import { formatDateTime, labelOf } from '../../lib/format';
import type { NotificationView } from '../../shared';

export function NotificationTable({ notifications }: { notifications: NotificationView[] }) {
  const { t } = useTranslation();
  if (notifications.length === 0) {
    return (
      <p className="notice notice-warning" data-testid="notifications-empty">
        {t('intake.noNotifications')}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table" data-testid="notifications">
        <thead>
          <tr>
            <th scope="col">{t('intake.recipient')}</th>
            <th scope="col">{t('intake.kind')}</th>
            <th scope="col">{t('intake.notificationChannel')}</th>
            <th scope="col">{t('intake.notificationStatus')}</th>
            <th scope="col">{t('intake.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {notifications.map((n) => (
            <tr key={n.id} data-testid="notification-row">
              <td>{n.recipient}</td>
              <td>
                {labelOf('notificationKind', n.kind)}
                <span className="hint block">{n.subject}</span>
              </td>
              <td>{labelOf('notificationChannel', n.channel)}</td>
              <td>
                <span className={`badge badge-notify-${n.status}`}>{t(`notificationStatus.${n.status}`)}</span>
              </td>
              <td>{formatDateTime(n.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
