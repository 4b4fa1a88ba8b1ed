/** Wraps admin pages: others get a plain explanation instead of a broken page. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../api/session';
import { NothingLeft } from './NextStepHint';

export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession().data;
  if (hasRole(session, 'admin')) return <>{children}</>;
  return (
    <section className="panel narrow">
      <h1>{title}</h1>
      <NothingLeft actions={[{ to: '/', label: t('guidance.home') }]}>
        <p>{t('common.adminOnly')}</p>
      </NothingLeft>
    </section>
  );
}
