/** /report for signed-in users: the same form, with what the account already knows filled in. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportIncident } from '../api/client';
import { keys } from '../api/queries';
import { useSession } from '../api/session';
import { ReportForm } from '../report/ReportForm';

export function ReportPage() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const queryClient = useQueryClient();
  return (
    <section className="panel narrow">
      <h1>{t('report.title')}</h1>
      <ReportForm
        submit={reportIncident}
        signedIn
        onSubmitted={() => void queryClient.invalidateQueries({ queryKey: keys.incidents })}
        initial={{
          contact: user?.email ?? '',
          reporterName: user?.name ?? '',
          department: user?.department ?? '',
          supervisorEmail: user?.supervisorEmail ?? '',
        }}
      />
    </section>
  );
}
