/** Support requests made so far: to whom, the question, and the message as recorded. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { SupportRequestView } from '../../shared';

export function SupportRequestList({ requests }: { requests: SupportRequestView[] }) {
  const { t } = useTranslation();
  return (
    <div className="support-requests">
      <h3>{t('support.listTitle')}</h3>
      {requests.length === 0 ? (
        <p className="muted">{t('support.none')}</p>
      ) : (
        <ul className="card-list" data-testid="support-list">
          {requests.map((r) => (
            <li key={r.id} className="card" data-testid="support-item">
              <p className="card-title">{r.vendorName}</p>
              {r.question ? <p className="pre">{t('support.questionValue', { question: r.question })}</p> : null}
              {r.fromStep ? <p className="meta">{t('support.fromStep', { n: r.fromStep })}</p> : null}
              <details>
                <summary>{t('support.showMessage')}</summary>
                <pre className="preview-body">{r.message}</pre>
              </details>
              <p className="meta">{t('support.by', { name: r.requestedBy, at: formatDateTime(r.requestedAt) })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
