/** /report/:token — anyone with the organisation's link can report, no account needed. */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, submitPublicReport } from '../api/client';
import { usePublicReportInfo } from '../api/queries';
import { NothingLeft } from '../components/NextStepHint';
import { QueryState } from '../components/QueryState';
import { ReportForm } from '../report/ReportForm';

export function PublicReportPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const info = usePublicReportInfo(token);

  if (info.error instanceof ApiError && info.error.status === 404) {
    return (
      <section className="panel narrow">
        <h1>{t('report.title')}</h1>
        <div className="notice notice-warning" role="alert" data-testid="report-link-invalid">
          <p className="notice-title">{t('report.linkInvalid.title')}</p>
          <p>{t('report.linkInvalid.body')}</p>
        </div>
        <NothingLeft actions={[{ to: '/login?next=%2Freport', label: t('guidance.report.invalidAction') }]}>
          <p>{t('login.reportWithoutAccount')}</p>
        </NothingLeft>
      </section>
    );
  }
  if (info.isPending || info.error) {
    return (
      <section className="panel narrow">
        <h1>{t('report.title')}</h1>
        <QueryState isPending={info.isPending} error={info.error} onRetry={() => void info.refetch()} />
      </section>
    );
  }
  return (
    <section className="panel narrow">
      <h1>{t('report.title')}</h1>
      {info.data.orgName ? <p className="lead">{t('report.forOrg', { org: info.data.orgName })}</p> : null}
      <ReportForm submit={(input) => submitPublicReport(token, input)} signedIn={false} />
    </section>
  );
}
