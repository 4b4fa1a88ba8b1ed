/** Wraps admin pages: others get a plain explanation instead of a broken page. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useSession } from '../api/session';

export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession().data;
  if (hasRole(session, 'admin')) return <>{children}</>;
  return (
    <section className="panel narrow">
      <h1>{title}</h1>
      <p>{t('common.adminOnly')}</p>
      <Link to="/" className="button">
        {t('nav.dashboard')}
      </Link>
    </section>
  );
}
