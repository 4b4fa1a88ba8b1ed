/** The optional part of the report, folded away so the three required inputs stay in front. */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../components/CheckboxField';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors } from '../lib/validation';
import { INCIDENT_TYPES, LIMITS } from '../shared';
import type { ReportFormState } from './report-form';

interface Props {
  state: ReportFormState;
  set: <K extends keyof ReportFormState>(key: K, value: ReportFormState[K]) => void;
  errors: FieldErrors;
  open: boolean;
}

export function ReportDetails({ state, set, errors, open }: Props) {
  const { t } = useTranslation();
  const text = (key: Exclude<keyof ReportFormState, 'types'>, testId: string, extra: object = {}) => ({
    label: t(`report.${key}.label`),
    hint: t(`report.${key}.hint`),
    value: state[key],
    onChange: (v: string) => set(key, v),
    testId,
    error: errorAt(errors, key),
    maxLength: LIMITS.shortText,
    ...extra,
  });
  const toggle = (type: (typeof INCIDENT_TYPES)[number], on: boolean) =>
    set('types', on ? [...state.types, type] : state.types.filter((x) => x !== type));
  return (
    <details className="details-box" open={open} data-testid="report-details">
      <summary data-testid="report-more">{t('report.more')}</summary>
      <div className="details-body">
        <TextField {...text('reporterName', 'report-name', { autoComplete: 'name' })} />
        <TextField {...text('department', 'report-department')} />
        <TextField
          {...text('supervisorEmail', 'report-supervisor-email', { type: 'email', maxLength: LIMITS.email })}
        />
        <TextField {...text('noticedAt', 'report-noticed-at')} />
        <TextField {...text('whyAbnormal', 'report-why', { multiline: true, maxLength: LIMITS.longText })} />
        <TextField {...text('alreadyDone', 'report-done', { multiline: true, maxLength: LIMITS.longText })} />
        <fieldset className="checkbox-group">
          <legend>{t('report.types.label')}</legend>
          <p className="hint">{t('report.types.hint')}</p>
          {INCIDENT_TYPES.map((type) => (
            <CheckboxField
              key={type}
              label={t(`types.${type}`)}
              hint={t(`typeHints.${type}`)}
              checked={state.types.includes(type)}
              onChange={(on) => toggle(type, on)}
              testId={`report-type-${type}`}
            />
          ))}
        </fieldset>
      </div>
    </details>
  );
}
