/** The facts nobody has answered yet (neither a value nor "unknown yet"), as links to their inputs. */
import { useTranslation } from 'react-i18next';
import type { FactKey } from '../../shared';

export function MissingFacts({ missing }: { missing: FactKey[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) {
    return (
      <p className="notice notice-success" data-testid="missing-facts" data-count="0">
        {t('facts.noneMissing')}
      </p>
    );
  }
  return (
    <div className="notice notice-info" data-testid="missing-facts" data-count={missing.length}>
      <p className="notice-title">{t('facts.missingTitle', { n: missing.length })}</p>
      <ul className="inline-list">
        {missing.map((key) => (
          <li key={key} data-testid={`missing-${key}`}>
            <a href={`#fact-${key}`}>{t(`facts.${key}.label`)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
