/** Copies what the reporter already said into the facts that are still empty, to save typing. */
import { useTranslation } from 'react-i18next';
import type { FactKey, IncidentDetail } from '../../shared';
import type { FactsFormState } from './facts-form';

interface Props {
  incident: IncidentDetail;
  values: FactsFormState;
  onFill: (values: FactsFormState) => void;
}

export function ReportToFactsButton({ incident, values, onFill }: Props) {
  const { t } = useTranslation();
  const fromReport: Partial<Record<FactKey, string | null>> = {
    foundWhere: incident.report.where,
    whatHappened: incident.report.whatHappened,
    whyAbnormal: incident.report.whyAbnormal,
    foundBy: incident.reporter.name,
  };
  const fillable = (Object.entries(fromReport) as [FactKey, string | null][]).filter(
    ([key, value]) => value && !values[key].unknown && !values[key].value.trim(),
  );
  if (fillable.length === 0) return null;
  const fill = () => {
    const next = { ...values };
    for (const [key, value] of fillable) next[key] = { unknown: false, value: value ?? '' };
    onFill(next);
  };
  return (
    <p>
      <button type="button" className="button button-secondary" onClick={fill} data-testid="facts-from-report">
        {t('facts.fromReport')}
      </button>
      <span className="hint"> {t('facts.fromReportHint')}</span>
    </p>
  );
}
