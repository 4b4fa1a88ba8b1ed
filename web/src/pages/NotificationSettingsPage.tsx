/**
 * /admin/notifications — how notices reach people: the mail server, chat channels, who is told what,
 * the contact tree (the same one the preparation page edits) and the distribution lists for warnings.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AdminOnly } from '../components/AdminOnly';
import { NextStepHint } from '../components/NextStepHint';
import { ChannelsPanel } from '../notify/ChannelsPanel';
import { DistributionListsPanel } from '../notify/DistributionListsPanel';
import { RoutingPanel } from '../notify/RoutingPanel';
import { SmtpPanel } from '../notify/SmtpPanel';
import { ContactTreePanel } from '../preparation/ContactTreePanel';
import '../notify/notify.css';

const SECTIONS = ['smtp', 'channels', 'routing', 'contact-tree', 'distribution-lists'] as const;

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const location = useLocation();

  // Links such as /admin/notifications#distribution-lists land on their section (each is there from the start).
  useEffect(() => {
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [location.hash]);

  return (
    <AdminOnly title={t('notify.settings.title')}>
      <section className="panel">
        <h1>{t('notify.settings.title')}</h1>
        <p className="lead">{t('notify.settings.lead')}</p>
        <NextStepHint
          text={t('notify.settings.next')}
          actions={[
            { href: '#smtp', label: t('notify.settings.goSmtp'), testId: 'notify-settings-go-smtp' },
            { to: '/notifications', label: t('notify.log.open'), testId: 'notify-settings-log' },
          ]}
        />
        <nav aria-label={t('notify.settings.contents')}>
          <ol className="inline-list" data-testid="notify-settings-contents">
            {SECTIONS.map((s) => (
              <li key={s}>
                <a href={`#${s}`}>{t(`notify.settings.sections.${s}`)}</a>
              </li>
            ))}
          </ol>
        </nav>
      </section>
      <SmtpPanel />
      <ChannelsPanel />
      <RoutingPanel />
      <ContactTreePanel />
      <DistributionListsPanel />
    </AdminOnly>
  );
}
