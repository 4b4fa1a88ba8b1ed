/** /playbooks — the nine playbooks, what each is for, and whether this organisation has edited it. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlaybooks } from '../api/playbooks';
import { hasRole, useSession } from '../api/session';
import { NextStepHint, NothingLeft } from '../components/NextStepHint';
import { QueryState } from '../components/QueryState';
import { useLang } from '../lib/use-lang';
import '../playbook/playbook.css';

export function PlaybooksPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession().data;
  const allowed = hasRole(session, 'responder', 'manager', 'admin');
  const query = usePlaybooks(allowed);
  if (!allowed) {
    return (
      <section className="panel narrow">
        <h1>{t('playbook.page.title')}</h1>
        <NothingLeft
          actions={[
            { to: '/', label: t('guidance.home') },
            { to: '/glossary', label: t('glossary.title') },
          ]}
        >
          <p>{t('common.notAllowed')}</p>
        </NothingLeft>
      </section>
    );
  }
  return (
    <section className="panel">
      <h1>{t('playbook.page.title')}</h1>
      <p className="lead">{t('playbook.page.lead')}</p>
      <NextStepHint
        text={t('guidance.playbooks.text')}
        actions={[{ to: '/', label: t('guidance.vendors.incidents') }]}
      />
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data ? (
        <ul className="card-list playbook-list" data-testid="playbook-list">
          {query.data.playbooks.map((p) => (
            <li key={p.type} className="card" data-testid="playbook-row" data-type={p.type}>
              <p className="card-title">
                <Link to={`/playbooks/${p.type}`}>{p.title[lang]}</Link>{' '}
                {p.customised ? <span className="badge">{t('playbook.customised')}</span> : null}
              </p>
              <p>{p.summary[lang]}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/glossary">{t('glossary.title')}</Link>
      </p>
    </section>
  );
}
