/**
 * The banner at the top of a drill's page, so nobody mistakes the exercise for the real thing: what it
 * is, who takes part, and for the facilitator the facts to reveal when the participants ask.
 */
import '../preparation/preparation.css';
import { useTranslation } from 'react-i18next';
import { useDrillInfo } from '../api/preparation';
import type { Locale } from '../shared';

export function DrillBanner({ incidentId }: { incidentId: string }) {
  const { t, i18n } = useTranslation();
  const info = useDrillInfo(incidentId, true).data;
  const lang: Locale = i18n.language === 'en' ? 'en' : 'ja';
  const scenario = info?.scenario;
  return (
    <aside className="drill-banner" data-testid="drill-banner" aria-label={t('drill.banner.title')}>
      <p className="drill-banner-title">{t('drill.banner.title')}</p>
      <p>{t('drill.banner.body')}</p>
      {scenario ? (
        <p data-testid="drill-scenario">{t('drill.banner.scenario', { title: scenario.title[lang] })}</p>
      ) : null}
      {info && info.participants.length > 0 ? (
        <p data-testid="drill-participants">
          {t('drill.banner.participants')}: {info.participants.join(t('common.listSeparator'))}
        </p>
      ) : null}
      {scenario ? (
        <details className="details-box" data-testid="drill-facilitator">
          <summary>{t('drill.facilitator')}</summary>
          <dl className="facts-list compact details-body">
            {scenario.suggestedFacts.map((f) => (
              <div key={f.fact} className="facts-row">
                <dt>{t(`facts.${f.fact}.label`)}</dt>
                <dd>{f.text[lang]}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </aside>
  );
}
