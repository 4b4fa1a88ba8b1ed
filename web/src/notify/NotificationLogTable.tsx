/**
 * The notification log as a table: channel, recipient, status, attempts, the last error as the server
 * answered it, delivered and acknowledged times, and "send again" for failed messages.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../lib/format';
import type { NotificationLogEntry } from '../shared';
import { channelLabel, kindLabel } from './labels';

interface Props {
  entries: NotificationLogEntry[];
  /** Shows "send again" on failed rows (responders and admins). */
  canRetry: boolean;
  onRetry: (id: string) => void;
  /** The message being queued again right now. */
  retrying: string | null;
}

export function NotificationLogTable({ entries, canRetry, onRetry, retrying }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table notify-table" data-testid="notify-log">
        <caption className="visually-hidden">{t('notify.log.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notify.log.createdAt')}</th>
            <th scope="col">{t('notify.log.kind')}</th>
            <th scope="col">{t('notify.log.recipient')}</th>
            <th scope="col">{t('notify.log.status')}</th>
            <th scope="col">{t('notify.log.lastError')}</th>
            <th scope="col">{t('notify.log.delivery')}</th>
            {canRetry ? <th scope="col">{t('common.action')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((n) => (
            <tr
              key={n.id}
              className={n.status === 'failed' ? 'row-failed' : undefined}
              data-testid="notify-row"
              data-notification-id={n.id}
              data-status={n.status}
              data-channel={n.channel}
              data-kind={n.kind}
              data-recipient={n.recipient}
            >
              <td>{formatDateTime(n.createdAt)}</td>
              <td>
                {kindLabel(n.kind)}
                <span className="hint block">{n.subject}</span>
                {n.incidentId ? (
                  <Link to={`/incidents/${encodeURIComponent(n.incidentId)}`} className="nowrap">
                    {n.incidentId}
                  </Link>
                ) : null}
              </td>
              <td className="break-anywhere">
                {n.recipient}
                <span className="hint block">{channelLabel(n.channel)}</span>
              </td>
              <td>
                <span className={`badge badge-notify-${n.status}`}>{t(`notificationStatus.${n.status}`)}</span>
                <span className="hint block" data-testid="notify-attempts" data-attempts={n.attempts}>
                  {t('notify.log.attemptsCount', { n: n.attempts })}
                </span>
                {n.status === 'queued' && n.nextAttemptAt && n.attempts > 0 ? (
                  <span className="hint block">
                    {t('notify.log.nextAttempt', { at: formatDateTime(n.nextAttemptAt) })}
                  </span>
                ) : null}
              </td>
              <td>
                {n.lastError ? (
                  <code className="last-error" data-testid="notify-last-error">
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
                <span
                  className="block"
                  data-testid="notify-acknowledged"
                  data-acknowledged={n.acknowledgedAt ? 'true' : 'false'}
                >
                  {t('notify.log.acknowledgedShort')}:{' '}
                  {n.acknowledgedAt ? formatDateTime(n.acknowledgedAt) : t('notify.none')}
                </span>
              </td>
              {canRetry ? (
                <td>
                  {n.status === 'failed' ? (
                    <button
                      type="button"
                      className="button button-small nowrap"
                      onClick={() => onRetry(n.id)}
                      disabled={retrying === n.id}
                      data-testid="notify-retry"
                    >
                      {retrying === n.id ? t('common.sending') : t('notify.log.retry')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
