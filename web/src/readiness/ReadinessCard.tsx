/**
 * The readiness check for admins: the score, what is still missing (each with a link to where it is
 * fixed), and, folded away, what is already in place.
 */
import '../preparation/preparation.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReadiness } from '../api/preparation';
import { QueryState } from '../components/QueryState';
import type { ReadinessItemView } from '../shared';
import { FIX_LINKS } from './fix-links';

const level = (score: number) => (score >= 80 ? 'high' : score >= 50 ? 'medium' : 'low');

function ItemText({ item }: { item: ReadinessItemView }) {
  const { t } = useTranslation();
  const reason = item.state === 'ok' ? 'ok' : (item.reason ?? 'missing');
  return (
    <>
      <span className="readiness-item-title">{t(`readiness.items.${item.key}.title`)}</span>
      <span>{t(`readiness.items.${item.key}.${reason}`, item.params ?? {})}</span>
    </>
  );
}

/** `showPreparationLink`: off on the preparation page itself, where the form is right below. */
export function ReadinessCard({ showPreparationLink = true }: { showPreparationLink?: boolean }) {
  const { t } = useTranslation();
  const readiness = useReadiness();
  const data = readiness.data;
  const missing = data?.items.filter((i) => i.state === 'missing') ?? [];
  const done = data?.items.filter((i) => i.state === 'ok') ?? [];
  return (
    <section className="panel" aria-labelledby="readiness-title" data-testid="readiness-card">
      <div className="readiness-head">
        <h2 id="readiness-title">{t('readiness.title')}</h2>
        {data ? (
          <p
            className="readiness-score"
            data-testid="readiness-score"
            data-score={data.score}
            data-level={level(data.score)}
          >
            <span className="visually-hidden">{t('readiness.score')} </span>
            {t('readiness.scoreValue', { score: data.score })}
          </p>
        ) : null}
      </div>
      <p className="hint">{t('readiness.lead')}</p>
      <QueryState isPending={readiness.isPending} error={readiness.error} onRetry={() => void readiness.refetch()} />
      {data ? (
        <>
          <meter
            className="readiness-meter"
            min={0}
            max={100}
            low={50}
            high={80}
            optimum={100}
            value={data.score}
            aria-hidden="true"
          />
          {missing.length > 0 ? (
            <>
              <h3>{t('readiness.missingTitle')}</h3>
              <ul className="readiness-list">
                {missing.map((item) => (
                  <li key={item.key} data-testid={`readiness-item-${item.key}`} data-state="missing">
                    <ItemText item={item} />{' '}
                    <Link to={FIX_LINKS[item.key].to}>{t(`readiness.fix.${FIX_LINKS[item.key].label}`)}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p data-testid="readiness-all-done">
              {t('readiness.allDone')} <Link to="/drills">{t('readiness.goDrills')}</Link>
            </p>
          )}
          {done.length > 0 ? (
            <details className="details-box">
              <summary>{t('readiness.doneTitle', { count: done.length })}</summary>
              <ul className="readiness-list details-body">
                {done.map((item) => (
                  <li key={item.key} data-testid={`readiness-item-${item.key}`} data-state="ok">
                    <ItemText item={item} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {showPreparationLink ? (
            <Link to="/admin/preparation" className="button">
              {t('readiness.openPreparation')}
            </Link>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
