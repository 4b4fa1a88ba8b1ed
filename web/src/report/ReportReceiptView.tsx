/** After a report: the number as a receipt, and what the reporter should (and should not) do now. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../lib/format';
import type { ReportReceipt } from '../shared';

interface Props {
  receipt: ReportReceipt;
  /** Signed-in reporters can follow their incident. */
  signedIn: boolean;
  onAnother: () => void;
}

export function ReportReceiptView({ receipt, signedIn, onAnother }: Props) {
  const { t } = useTranslation();
  return (
    <section className="receipt" aria-labelledby="receipt-title" data-testid="report-receipt">
      <h2 id="receipt-title" tabIndex={-1}>
        {t('receipt.title')}
      </h2>
      <p>{t('receipt.thanks')}</p>
      <dl className="receipt-number">
        <dt>{t('receipt.number')}</dt>
        <dd data-testid="report-receipt-id">{receipt.incidentId}</dd>
        <dt>{t('receipt.at')}</dt>
        <dd>{formatDateTime(receipt.reportedAt)}</dd>
      </dl>
      <p className="hint">{t('receipt.keepNumber')}</p>
      {receipt.desk ? (
        <p data-testid="report-receipt-desk">
          {t('receipt.desk', { name: receipt.desk.name })}{' '}
          {[receipt.desk.phone, receipt.desk.email].filter(Boolean).join(' / ')}
        </p>
      ) : null}
      <div data-testid="next-actions">
        <h3>{t('receipt.nextTitle')}</h3>
        <ol className="next-steps">
          <li>{t('receipt.next.contact')}</li>
          <li>
            <strong>{t('receipt.next.powerTitle')}</strong> {t('receipt.next.power')}
          </li>
          <li>
            <strong>{t('receipt.next.networkTitle')}</strong> {t('receipt.next.network')}
          </li>
          <li>{t('receipt.next.photo')}</li>
          <li>{t('receipt.next.more')}</li>
        </ol>
        <p className="actions">
          {signedIn ? (
            <Link to={`/incidents/${encodeURIComponent(receipt.incidentId)}`} className="button button-primary">
              {t('receipt.open')}
            </Link>
          ) : null}
          <button type="button" className="button button-secondary" onClick={onAnother} data-testid="report-another">
            {t('receipt.another')}
          </button>
        </p>
      </div>
    </section>
  );
}
