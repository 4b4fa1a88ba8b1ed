/** /admin/settings — organisation, response desk, fallback desk, departments, and the public report link. */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ReportLinkPanel } from '../admin/ReportLinkPanel';
import { SettingsForm } from '../admin/SettingsForm';
import { useSettings } from '../api/queries';
import { AdminOnly } from '../components/AdminOnly';
import { NextStepHint } from '../components/NextStepHint';
import { Notice } from '../components/Notice';
import { QueryState } from '../components/QueryState';

export function SettingsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const settings = useSettings();
  return (
    <AdminOnly title={t('settings.title')}>
      <section className="panel">
        <h1>{t('settings.title')}</h1>
        {params.get('welcome') ? (
          <Notice kind="success" title={t('settings.welcome.title')} testId="settings-welcome">
            <p>{t('settings.welcome.body')}</p>
          </Notice>
        ) : null}
        <NextStepHint
          text={t('guidance.settings.text')}
          actions={[
            { to: '/admin/users', label: t('guidance.settings.users') },
            { to: '/admin/preparation', label: t('guidance.settings.preparation') },
            { to: '/admin/notifications', label: t('notify.settings.open'), testId: 'settings-notify-link' },
          ]}
        />
        <QueryState isPending={settings.isPending} error={settings.error} onRetry={() => void settings.refetch()} />
        {settings.data ? (
          <>
            <SettingsForm settings={settings.data} />
            <ReportLinkPanel reportPath={settings.data.reportPath} />
          </>
        ) : null}
      </section>
    </AdminOnly>
  );
}
