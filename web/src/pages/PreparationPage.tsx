/**
 * /admin/preparation — what to settle in calm times: the readiness check, the preparation facts, the
 * contact tree, and the offline pack to print. Links from the readiness card land on a fieldset (`#police-desk`, `#backups`…).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePreparation } from '../api/preparation';
import { AdminOnly } from '../components/AdminOnly';
import { NextStepHint } from '../components/NextStepHint';
import { QueryState } from '../components/QueryState';
import { ContactTreePanel } from '../preparation/ContactTreePanel';
import { OfflinePackPanel } from '../preparation/OfflinePackPanel';
import { PreparationForm } from '../preparation/PreparationForm';
import { ReadinessCard } from '../readiness/ReadinessCard';

export function PreparationPage() {
  const { t } = useTranslation();
  const preparation = usePreparation();
  const location = useLocation();
  const loaded = !!preparation.data;

  useEffect(() => {
    if (!loaded || !location.hash) return;
    const target = document.getElementById(location.hash.slice(1));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.querySelector<HTMLElement>('input, textarea, button')?.focus({ preventScroll: true });
  }, [loaded, location.hash]);

  return (
    <AdminOnly title={t('preparation.title')}>
      <section className="panel">
        <h1>{t('preparation.title')}</h1>
        <p className="lead">{t('preparation.lead')}</p>
        <NextStepHint
          text={t('guidance.preparation.text')}
          actions={[
            { href: '#police-desk', label: t('guidance.preparation.form') },
            { to: '/drills', label: t('guidance.dashboard.drill') },
          ]}
        />
      </section>
      <ReadinessCard showPreparationLink={false} />
      <section className="panel" aria-labelledby="preparation-form-title">
        <h2 id="preparation-form-title" className="visually-hidden">
          {t('preparation.title')}
        </h2>
        <QueryState
          isPending={preparation.isPending}
          error={preparation.error}
          onRetry={() => void preparation.refetch()}
        />
        {preparation.data ? <PreparationForm preparation={preparation.data} /> : null}
      </section>
      <ContactTreePanel />
      <OfflinePackPanel />
    </AdminOnly>
  );
}
