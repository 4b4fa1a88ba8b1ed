/**
 * A word with its plain explanation one press away: a button (keyboard and touch, never hover-only) that
 * opens a short definition right after it, with a link to the glossary page. Escape closes it again.
 */
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../lib/use-lang';
import { findTerm, type GlossaryId } from './glossary-data';
import './glossary.css';

export function Term({ id, children }: { id: GlossaryId; children?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const definitionId = useId();
  const term = findTerm(id);
  if (!term) return <>{children}</>;
  return (
    <span className="term" data-testid={`glossary-term-${id}`}>
      <button
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={definitionId}
        onClick={() => setOpen((v) => !v)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        {children ?? term.term[lang]}
        <span className="term-mark" aria-hidden="true">
          ?
        </span>
        <span className="visually-hidden">{t('glossary.whatIsThis')}</span>
      </button>
      <span id={definitionId} className="term-definition" role="note" hidden={!open}>
        {term.short[lang]}{' '}
        <Link to={`/glossary#term-${id}`} className="term-more">
          {t('glossary.more')}
        </Link>
      </span>
    </span>
  );
}

/** "Words in this step:" followed by their explanations, for texts we cannot mark up word by word. */
export function TermList({ ids }: { ids: readonly GlossaryId[] }) {
  const { t } = useTranslation();
  return (
    <p className="term-list">
      <span className="term-list-label">{t('glossary.inThisStep')}</span>
      {ids.map((id) => (
        <Term key={id} id={id} />
      ))}
    </p>
  );
}
