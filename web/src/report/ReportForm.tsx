/**
 * Step 1, the report. Three required inputs (what, where, how to reach you); everything else is optional
 * and folded away. Used by the public link and by signed-in users alike.
 */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { NextStepHint } from '../components/NextStepHint';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors, validate } from '../lib/validation';
import { LIMITS, type ReportInput, type ReportReceipt, reportInput } from '../shared';
import { ReportDetails } from './ReportDetails';
import { ReportReceiptView } from './ReportReceiptView';
import { emptyReport, type ReportFormState, toReportInput } from './report-form';

interface Props {
  submit: (input: ReportInput) => Promise<ReportReceipt>;
  initial?: Partial<ReportFormState>;
  signedIn: boolean;
  onSubmitted?: () => void;
}

export function ReportForm({ submit, initial, signedIn, onSubmitted }: Props) {
  const { t } = useTranslation();
  const start = { ...emptyReport, ...initial };
  const [state, setState] = useState<ReportFormState>(start);
  const [errors, setErrors] = useState<FieldErrors>({});
  const receiptRef = useRef<HTMLDivElement>(null);
  const send = useMutation({ mutationFn: submit, onSuccess: () => onSubmitted?.() });
  const set = <K extends keyof ReportFormState>(key: K, value: ReportFormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  useEffect(() => {
    if (send.data) receiptRef.current?.querySelector('h2')?.focus();
  }, [send.data]);

  const serverFields = send.error instanceof ApiError ? send.error.fields : {};
  const shown = { ...serverFields, ...errors };
  const detailsHaveErrors = Object.keys(shown).some((k) => !['whatHappened', 'where', 'contact'].includes(k));

  if (send.data) {
    return (
      <div ref={receiptRef}>
        <ReportReceiptView
          receipt={send.data}
          signedIn={signedIn}
          onAnother={() => {
            setState(start);
            setErrors({});
            send.reset();
          }}
        />
      </div>
    );
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(reportInput, toReportInput(state));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) send.mutate(result.data);
  };

  return (
    <form id="report-form" onSubmit={onSubmit} noValidate className="report-form" data-testid="report-form">
      <NextStepHint
        text={t('guidance.report.form')}
        actions={[{ href: '#report-form', label: t('guidance.report.action') }]}
      />
      <div className="notice notice-info">
        <p className="notice-title">{t('report.encourage')}</p>
        <p>{t('report.encourageBody')}</p>
      </div>
      <TextField
        label={t('report.whatHappened.label')}
        hint={t('report.whatHappened.hint')}
        value={state.whatHappened}
        onChange={(v) => set('whatHappened', v)}
        multiline
        rows={5}
        required
        maxLength={LIMITS.longText}
        error={errorAt(shown, 'whatHappened')}
        testId="report-what"
      />
      <TextField
        label={t('report.where.label')}
        hint={t('report.where.hint')}
        value={state.where}
        onChange={(v) => set('where', v)}
        required
        maxLength={LIMITS.shortText}
        error={errorAt(shown, 'where')}
        testId="report-where"
      />
      <TextField
        label={t('report.contact.label')}
        hint={t('report.contact.hint')}
        value={state.contact}
        onChange={(v) => set('contact', v)}
        required
        maxLength={LIMITS.shortText}
        error={errorAt(shown, 'contact')}
        testId="report-contact"
      />
      <ReportDetails state={state} set={set} errors={shown} open={detailsHaveErrors} />
      <div className="notice notice-warning">
        <p>{t('report.beforeSend')}</p>
      </div>
      <ErrorNotice error={send.error} />
      <button
        type="submit"
        className="button button-primary button-large"
        disabled={send.isPending}
        data-testid="report-submit"
      >
        {send.isPending ? t('common.sending') : t('report.submit')}
      </button>
    </form>
  );
}
