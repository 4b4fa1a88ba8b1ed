/** The facts, read-only, for people who may read but not edit (managers). */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { ALL_FACTS, type FactKey, type Facts } from '../../shared';
import { FACT_KINDS } from './facts-form';

export function factDisplay(t: (k: string) => string, key: FactKey, facts: Facts): string {
  const answer = facts[key];
  if (!answer) return t('facts.notAnswered');
  if (!answer.known) return t('facts.unknownYet');
  const kind = FACT_KINDS[key];
  if (kind === 'date') return formatDateTime(String(answer.value));
  if (kind === 'yesno') return t(`facts.yesno.${String(answer.value)}`);
  return String(answer.value);
}

export function FactsView({ facts }: { facts: Facts }) {
  const { t } = useTranslation();
  return (
    <dl className="facts-list" data-testid="facts-view">
      {ALL_FACTS.map((key) => (
        <div key={key} className="facts-row" id={`fact-${key}`}>
          <dt>{t(`facts.${key}.label`)}</dt>
          <dd className="pre" data-testid={`fact-view-${key}`}>
            {factDisplay(t, key, facts)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
