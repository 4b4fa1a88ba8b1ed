/** Where the playbook's facts come from: the public body, the document, and what it supports. */
import { useTranslation } from 'react-i18next';
import type { Locale, SourceRef } from '../shared';

export function SourceList({ sources, lang }: { sources: SourceRef[]; lang: Locale }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list playbook-sources">
      {sources.map((s) => (
        <li key={`${s.body}-${s.document}-${s.supports.en}`}>
          <strong>{t(`playbook.sourceBody.${s.body.replace('/', '_')}`)}</strong>:{' '}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.document}
            </a>
          ) : (
            s.document
          )}{' '}
          <span className="muted">— {s.supports[lang]}</span>
        </li>
      ))}
    </ul>
  );
}
