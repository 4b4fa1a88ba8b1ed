/** Warnings sent for an incident, newest first, each with its delivery per recipient (followed while queued). */
import { useTranslation } from 'react-i18next';
import { useWarnings } from '../api/notify';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../lib/format';
import type { WarningView } from '../shared';
import './notify.css';

function WarningItem({ warning }: { warning: WarningView }) {
  const { t } = useTranslation();
  const lists = warning.lists.map((l) => l.name).join(t('common.listSeparator'));
  return (
    <article
      className="card"
      data-testid="warning-item"
      data-warning-id={warning.id}
      data-audience={warning.audience}
      data-failed={warning.counts.failed}
    >
      <h4>{warning.subject}</h4>
      <p className="meta">
        {t('notify.warning.sentBy', { name: warning.sentBy, at: formatDateTime(warning.sentAt) })}
        <span className="block">
          {t(`notify.audience.${warning.audience}`)}
          {lists ? `: ${lists}` : ''}
        </span>
      </p>
      <p data-testid="warning-counts">
        {t('notify.warning.counts', {
          sent: warning.counts.sent,
          queued: warning.counts.queued,
          failed: warning.counts.failed,
        })}
      </p>
      {warning.counts.failed > 0 ? (
        <p className="notice notice-error" role="alert">
          {t('notify.warning.someFailed')}
        </p>
      ) : null}
      <details>
        <summary>{t('notify.warning.showBody')}</summary>
        <pre className="preview-body">{warning.body}</pre>
      </details>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('notify.warning.deliveryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('notify.log.recipient')}</th>
              <th scope="col">{t('notify.log.status')}</th>
              <th scope="col">{t('notify.log.attempts')}</th>
              <th scope="col">{t('notify.log.lastError')}</th>
              <th scope="col">{t('notify.log.deliveredAt')}</th>
            </tr>
          </thead>
          <tbody>
            {warning.recipients.map((r) => (
              <tr
                key={r.recipient}
                className={r.status === 'failed' ? 'row-failed' : undefined}
                data-testid="warning-delivery-row"
                data-recipient={r.recipient}
                data-status={r.status}
              >
                <td>{r.recipient}</td>
                <td>
                  <span className={`badge badge-notify-${r.status}`}>{t(`notificationStatus.${r.status}`)}</span>
                </td>
                <td>{r.attempts}</td>
                <td>
                  {r.lastError ? (
                    <code className="last-error">{r.lastError}</code>
                  ) : (
                    <span className="muted">{t('notify.none')}</span>
                  )}
                </td>
                <td>
                  {r.deliveredAt ? formatDateTime(r.deliveredAt) : <span className="muted">{t('notify.none')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

export function WarningHistory({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const warnings = useWarnings(incidentId);
  const list = [...(warnings.data?.warnings ?? [])].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  return (
    <div data-testid="warning-history">
      <h4>{t('notify.warning.historyTitle')}</h4>
      <QueryState isPending={warnings.isPending} error={warnings.error} onRetry={() => void warnings.refetch()} />
      {warnings.data && list.length === 0 ? (
        <p className="muted" data-testid="warning-history-empty">
          {t('notify.warning.none')}
        </p>
      ) : null}
      {list.map((w) => (
        <WarningItem key={w.id} warning={w} />
      ))}
    </div>
  );
}
