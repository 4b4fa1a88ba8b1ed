/** The sample scenarios as radio cards: the guide's three examples first, then one per incident type. */
import { useTranslation } from 'react-i18next';
import type { DrillScenarioId, DrillScenarioView, Locale } from '../shared';

interface Props {
  scenarios: DrillScenarioView[];
  value: DrillScenarioId | '';
  onChange: (id: DrillScenarioId) => void;
  error?: string;
}

export function ScenarioPicker({ scenarios, value, onChange, error }: Props) {
  const { t, i18n } = useTranslation();
  const lang: Locale = i18n.language === 'en' ? 'en' : 'ja';
  const group = (g: DrillScenarioView['group'], title: string) => (
    <>
      <h3>{title}</h3>
      <div className="scenario-grid">
        {scenarios
          .filter((s) => s.group === g)
          .map((s) => (
            <label key={s.id} className="scenario-card">
              <input
                type="radio"
                name="drill-scenario"
                value={s.id}
                checked={value === s.id}
                onChange={() => onChange(s.id)}
                data-testid={`drill-scenario-${s.id}`}
              />
              <span>
                <span className="scenario-title">{s.title[lang]}</span>
                <span className="hint">{s.summary[lang]}</span>
                <span className="block">
                  {s.types.map((type) => (
                    <span key={type} className="badge badge-type">
                      {t(`types.${type}`)}
                    </span>
                  ))}
                </span>
              </span>
            </label>
          ))}
      </div>
    </>
  );
  return (
    <fieldset
      className={error ? 'field-invalid' : undefined}
      aria-describedby={error ? 'drill-scenario-error' : undefined}
    >
      <legend>{t('drill.scenarioLegend')}</legend>
      {error ? (
        <p id="drill-scenario-error" className="field-error" data-testid="drill-scenario-error">
          {error}
        </p>
      ) : null}
      {group('guide', t('drill.groupGuide'))}
      {group('type', t('drill.groupType'))}
    </fieldset>
  );
}
