/** What the chosen scenario will file, and the facts the facilitator keeps for when participants ask. */
import { useTranslation } from 'react-i18next';
import type { DrillScenarioView, Locale } from '../shared';

export function ScenarioPreview({ scenario }: { scenario: DrillScenarioView }) {
  const { t, i18n } = useTranslation();
  const lang: Locale = i18n.language === 'en' ? 'en' : 'ja';
  return (
    <section className="help-box" data-testid="drill-preview" aria-labelledby="drill-preview-title">
      <h3 id="drill-preview-title">{t('drill.preview')}</h3>
      <p className="pre">{scenario.report.whatHappened[lang]}</p>
      <dl className="facts-list compact">
        <div className="facts-row">
          <dt>{t('drill.previewWhere')}</dt>
          <dd>{scenario.report.where[lang]}</dd>
        </div>
        <div className="facts-row">
          <dt>{t('drill.previewWhy')}</dt>
          <dd>{scenario.report.whyAbnormal[lang]}</dd>
        </div>
      </dl>
      <details className="details-box">
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
    </section>
  );
}
