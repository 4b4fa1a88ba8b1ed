/** /glossary — every term in plain words, with why it matters during an incident. Open to every signed-in role. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NothingLeft } from '../components/NextStepHint';
import { findTerm, GLOSSARY } from '../glossary/glossary-data';
import '../glossary/glossary.css';
import { useLang } from '../lib/use-lang';

export function GlossaryPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const other = lang === 'ja' ? 'en' : 'ja';
  const { hash } = useLocation();

  // A "more" link from a term lands on its entry.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [hash]);

  const sorted = [...GLOSSARY].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
  return (
    <section className="panel" data-testid="glossary-page">
      <h1>{t('glossary.title')}</h1>
      <p className="lead">{t('glossary.lead')}</p>
      <NothingLeft actions={[{ to: '/', label: t('guidance.home') }]}>
        <p>{t('guidance.glossary.text')}</p>
      </NothingLeft>
      <dl className="glossary-list">
        {sorted.map((term) => (
          <div key={term.id} data-testid="glossary-entry" data-id={term.id}>
            <dt id={`term-${term.id}`} tabIndex={-1}>
              {term.term[lang]}
              {term.term[other] !== term.term[lang] ? <span className="muted"> ({term.term[other]})</span> : null}
            </dt>
            <dd>
              <p>{term.short[lang]}</p>
              <p>{term.more[lang]}</p>
              {term.related.length > 0 ? (
                <p className="hint">
                  {t('glossary.related')}{' '}
                  {term.related.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? t('common.listSeparator') : null}
                      <Link to={`#term-${id}`}>{findTerm(id)?.term[lang] ?? id}</Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
