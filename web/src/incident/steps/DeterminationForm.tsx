/** The verdict, the plain criteria with the urgency they imply (overridable), the reason, and the police question. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { determine } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import {
  determinationInput,
  IMPACT_LEVELS,
  type ImpactLevel,
  type IncidentDetail,
  LIMITS,
  URGENCIES,
  VERDICTS,
} from '../../shared';
import { useIncidentAction } from '../use-incident-action';
import { PoliceConsult } from './PoliceConsult';
import { deriveUrgency } from './urgency';

const CRITERIA = ['operations', 'information', 'recovery'] as const;

export function DeterminationForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const d = incident.determination;
  const [verdict, setVerdict] = useState<string>(d?.verdict ?? '');
  const [criteria, setCriteria] = useState<Record<(typeof CRITERIA)[number], ImpactLevel>>(
    d?.criteria ?? { operations: 'none', information: 'none', recovery: 'none' },
  );
  const [override, setOverride] = useState('');
  const [reason, setReason] = useState(d?.reason ?? '');
  const [police, setPolice] = useState(d?.police?.consult ?? false);
  const [policeReason, setPoliceReason] = useState(d?.police?.reason ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useIncidentAction(incident.id, (input: Parameters<typeof determine>[1]) =>
    determine(incident.id, input),
  );
  const derived = deriveUrgency(criteria);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(determinationInput, {
      version: incident.version,
      verdict,
      ...(verdict === 'incident' ? { criteria } : {}),
      ...(verdict === 'incident' && override ? { urgency: override } : {}),
      reason: reason.trim(),
      police: { consult: police, ...(police && policeReason.trim() ? { reason: policeReason.trim() } : {}) },
    });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };

  return (
    <form onSubmit={submit} noValidate className="subform" data-testid="determination-form">
      <RadioGroup
        legend={t('determination.verdict')}
        value={verdict}
        onChange={setVerdict}
        options={VERDICTS.map((v) => ({ value: v, label: t(`verdict.${v}`), hint: t(`verdictNext.${v}`) }))}
        testIdPrefix="verdict"
        error={errorAt(errors, 'verdict')}
      />
      {verdict === 'incident' ? (
        <fieldset className="criteria">
          <legend>{t('determination.criteriaTitle')}</legend>
          <p className="hint">{t('determination.criteriaHint')}</p>
          {CRITERIA.map((c) => (
            <SelectField
              key={c}
              label={t(`criteria.${c}.label`)}
              hint={t(`criteria.${c}.hint`)}
              value={criteria[c]}
              onChange={(v) => setCriteria((old) => ({ ...old, [c]: v as ImpactLevel }))}
              options={IMPACT_LEVELS.map((l) => ({ value: l, label: t(`impactLevel.${l}`) }))}
              testId={`criteria-${c}`}
            />
          ))}
          <p className="derived" data-testid="urgency-derived" data-urgency={derived}>
            {t('determination.derived', { level: t(`urgency.${derived}`) })}
          </p>
          <SelectField
            label={t('determination.override')}
            value={override}
            onChange={setOverride}
            options={[
              { value: '', label: t('determination.useDerived') },
              ...URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) })),
            ]}
            testId="urgency-override"
          />
          {(override || derived) === 'high' ? (
            <p className="notice notice-warning">{t('determination.urgentAdvice')}</p>
          ) : null}
        </fieldset>
      ) : null}
      <TextField
        label={t('determination.reason')}
        hint={t('determination.reasonHint')}
        value={reason}
        onChange={setReason}
        multiline
        required
        maxLength={LIMITS.longText}
        error={errorAt(errors, 'reason')}
        testId="determination-reason"
      />
      <PoliceConsult
        consult={police}
        onConsult={setPolice}
        reason={policeReason}
        onReason={setPoliceReason}
        error={errorAt(errors, 'police')}
      />
      <ErrorNotice error={save.error} conflictText={t('determination.conflict')} />
      {save.isSuccess ? <Notice kind="success">{t('determination.saved')}</Notice> : null}
      <button
        type="submit"
        className="button button-primary"
        disabled={save.isPending}
        data-testid="determination-save"
      >
        {t('determination.save')}
      </button>
    </form>
  );
}
