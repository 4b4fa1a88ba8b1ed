/**
 * The facts nobody has answered yet (neither a value nor "unknown yet"), as links to their inputs: the
 * guide's five basic facts first, since they are what the desk needs before anything else.
 */
import { useTranslation } from 'react-i18next';
import { type FactKey, FIVE_FACTS } from '../../shared';

const BASIC: readonly FactKey[] = FIVE_FACTS;

export function MissingFacts({ missing }: { missing: FactKey[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) {
    return (
      <p className="notice notice-success" data-testid="missing-facts" data-count="0">
        {t('facts.noneMissing')}
      </p>
    );
  }
  const basic = missing.filter((k) => BASIC.includes(k));
  const other = missing.filter((k) => !BASIC.includes(k));
  const list = (keys: FactKey[]) => (
    <ul className="inline-list">
      {keys.map((key) => (
        <li key={key} data-testid={`missing-${key}`}>
          <a href={`#fact-${key}`}>{t(`facts.${key}.label`)}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="notice notice-info" data-testid="missing-facts" data-count={missing.length}>
      <p className="notice-title">{t('facts.missingTitle', { n: missing.length })}</p>
      {basic.length > 0 ? (
        <>
          <p data-testid="missing-basic" data-count={basic.length}>
            {t('facts.missingBasic', { n: basic.length })}
          </p>
          {list(basic)}
        </>
      ) : null}
      {other.length > 0 ? (
        <>
          <p>{t('facts.missingOther', { n: other.length })}</p>
          {list(other)}
        </>
      ) : null}
    </div>
  );
}
