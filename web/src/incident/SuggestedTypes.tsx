/**
 * In the title-and-types form: the types the report's words point to, with the words that matched, each
 * one press away from being added. Nothing is changed until the form is saved.
 */
import { useTranslation } from 'react-i18next';
import '../playbook/playbook.css';
import type { IncidentDetail, IncidentType } from '../shared';

interface Props {
  suggestions: IncidentDetail['suggestedTypes'];
  chosen: IncidentType[];
  onChange: (types: IncidentType[]) => void;
}

export function SuggestedTypes({ suggestions, chosen, onChange }: Props) {
  const { t } = useTranslation();
  if (suggestions.length === 0) return null;
  // A real type replaces "not sure" rather than sitting beside it.
  const accept = (type: IncidentType) => onChange([...chosen.filter((x) => x !== 'unknown'), type]);
  return (
    <div className="notice notice-info suggested-types" data-testid="suggested-types">
      <p className="notice-title">{t('playbook.suggested.title')}</p>
      <ul className="plain-list">
        {suggestions.map((s) => (
          <li key={s.type} data-type={s.type}>
            <strong>{t(`types.${s.type}`)}</strong>{' '}
            <span className="muted">
              {t('playbook.suggested.matched', { words: s.matched.join(t('common.listSeparator')) })}
            </span>{' '}
            {chosen.includes(s.type) ? (
              <span className="badge badge-done">{t('playbook.suggested.chosen')}</span>
            ) : (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => accept(s.type)}
                data-testid={`suggested-type-${s.type}`}
              >
                {t('playbook.suggested.accept')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">{t('playbook.suggested.hint')}</p>
    </div>
  );
}
