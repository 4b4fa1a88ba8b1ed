/**
 * Step 2's form. Keeps what the user typed across saves and conflicts: it is based on a version and the
 * facts of that version; a newer incident whose facts did not change (a checklist tick) just moves the
 * base forward, while changed facts under unsaved input lead to a 409 and a clear conflict message.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordFacts } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import {
  CONTEXT_FACTS,
  EXPOSURE_FACTS,
  type FactKey,
  type Facts,
  FIVE_FACTS,
  IMPACT_FACTS,
  type IncidentDetail,
  recordFactsInput,
} from '../../shared';
import { useIncidentAction } from '../use-incident-action';
import { FactInput } from './FactInput';
import { factDisplay } from './FactsView';
import { changedFacts, differingKeys, type FactField, factsToForm, mergeOnConflict, sameFacts } from './facts-form';
import { ReportToFactsButton } from './ReportToFactsButton';

const GROUPS: { key: string; facts: readonly FactKey[] }[] = [
  { key: 'five', facts: FIVE_FACTS },
  { key: 'impact', facts: IMPACT_FACTS },
  { key: 'context', facts: CONTEXT_FACTS },
  { key: 'exposure', facts: EXPOSURE_FACTS },
];

export function FactsForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => factsToForm(incident.facts));
  const [base, setBase] = useState({ facts: incident.facts, version: incident.version });
  const [conflict, setConflict] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [nothingChanged, setNothingChanged] = useState(false);
  // The facts the last save was based on: what "untouched" means when a conflict is merged.
  const submittedBase = useRef<Facts | null>(null);
  const dirty = Object.keys(changedFacts(values, base.facts)).length > 0;

  // The cached incident moved on (our own other edits, a refetch): follow it unless it would overwrite input.
  useEffect(() => {
    if (incident.version === base.version) return;
    if (sameFacts(incident.facts, base.facts)) setBase({ facts: incident.facts, version: incident.version });
    else if (!dirty) {
      setValues(factsToForm(incident.facts));
      setBase({ facts: incident.facts, version: incident.version });
    }
  }, [incident.version, incident.facts, base, dirty]);

  const save = useIncidentAction(
    incident.id,
    (input: Parameters<typeof recordFacts>[1]) => recordFacts(incident.id, input),
    {
      onSuccess: (detail) => {
        setBase({ facts: detail.facts, version: detail.version });
        setValues(factsToForm(detail.facts));
        setConflict(false);
      },
      onConflict: (current) => {
        const before = submittedBase.current ?? base.facts;
        setValues((v) => mergeOnConflict(v, before, current.facts));
        setBase({ facts: current.facts, version: current.version });
        setConflict(true);
      },
    },
  );

  const setField = (key: FactKey, field: FactField) => {
    setValues((v) => ({ ...v, [key]: field }));
    setNothingChanged(false);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const facts = changedFacts(values, base.facts);
    if (Object.keys(facts).length === 0) {
      setNothingChanged(true);
      return;
    }
    const result = validate(recordFactsInput, { version: base.version, facts });
    setErrors(result.ok ? {} : result.errors);
    submittedBase.current = base.facts;
    if (result.ok) save.mutate(result.data);
  };

  const differing = conflict ? new Set(differingKeys(values, base.facts)) : new Set<FactKey>();
  return (
    <form onSubmit={submit} noValidate className="facts-form" data-testid="facts-form">
      <p className="hint">{t('facts.formHint')}</p>
      <ReportToFactsButton incident={incident} values={values} onFill={setValues} />
      {GROUPS.map((group) => (
        <fieldset key={group.key} className="fact-group" data-testid={`fact-group-${group.key}`}>
          <legend>{t(`facts.groups.${group.key}.title`)}</legend>
          <p className="hint">{t(`facts.groups.${group.key}.hint`)}</p>
          {group.facts.map((key) => (
            <FactInput
              key={key}
              factKey={key}
              field={values[key]}
              onChange={(field) => setField(key, field)}
              error={errorAt(errors, `facts.${key}`)}
              savedValue={differing.has(key) ? factDisplay(t, key, base.facts) : undefined}
            />
          ))}
        </fieldset>
      ))}
      <ErrorNotice error={save.error} conflictText={t('facts.conflict')} />
      {nothingChanged ? <Notice>{t('facts.nothingChanged')}</Notice> : null}
      {save.isSuccess && !dirty ? (
        <Notice kind="success" testId="facts-saved">
          {t('facts.saved')}
        </Notice>
      ) : null}
      <div className="sticky-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="facts-save">
          {save.isPending ? t('common.saving') : t('facts.save')}
        </button>
      </div>
    </form>
  );
}
