/**
 * The support request: pick a vendor, state the question (carried from "I can't tell" via the address),
 * review the packet the server assembles from the case, and record it.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { requestSupport, supportRequestDraft } from '../../api/client';
import { CopyButton } from '../../components/CopyButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import { type IncidentDetail, LIMITS, supportRequestInput, type VendorView } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

function carriedStep(value: string | null): 2 | 3 | 4 | 5 | undefined {
  const n = Number(value);
  return n === 2 || n === 3 || n === 4 || n === 5 ? n : undefined;
}

export function SupportRequestForm({ incident, vendors }: { incident: IncidentDetail; vendors: VendorView[] }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const carried = params.get('question') ?? '';
  const fromStep = carriedStep(params.get('fromStep'));
  const [vendorId, setVendorId] = useState('');
  const [question, setQuestion] = useState(carried);
  const [message, setMessage] = useState('');
  const [draftError, setDraftError] = useState<unknown>(null);
  const [drafting, setDrafting] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const questionRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const send = useIncidentAction(
    incident.id,
    (input: Parameters<typeof requestSupport>[1]) => requestSupport(incident.id, input),
    {
      onSuccess: () => {
        setVendorId('');
        setQuestion('');
        setMessage('');
        // The question is answered by the request: drop it from the address, stay at this step.
        if (carried) void navigate({ search: '', hash: location.hash }, { replace: true });
      },
    },
  );

  // A new "I can't tell" jump brings a new question: take it and put the cursor there.
  useEffect(() => {
    if (!carried) return;
    setQuestion(carried);
    questionRef.current?.focus({ preventScroll: true });
  }, [carried]);

  const buildDraft = async (forVendor = vendorId) => {
    setDrafting(true);
    setDraftError(null);
    try {
      const draft = await supportRequestDraft(incident.id, {
        vendorId: forVendor,
        question: question.trim(),
        fromStep,
      });
      setMessage(draft.message);
    } catch (e) {
      setDraftError(e);
    } finally {
      setDrafting(false);
    }
  };

  const chooseVendor = (id: string) => {
    setVendorId(id);
    if (id && !message.trim()) void buildDraft(id);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(supportRequestInput, {
      vendorId,
      ...(question.trim() ? { question: question.trim() } : {}),
      ...(fromStep ? { fromStep } : {}),
      message: message.trim(),
    });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) send.mutate(result.data);
  };

  return (
    <form onSubmit={submit} noValidate className="subform" data-testid="support-form">
      <h3>{t('support.title')}</h3>
      {fromStep ? <Notice testId="support-carried">{t('support.carried', { n: fromStep })}</Notice> : null}
      {vendors.length === 0 ? <p className="notice notice-warning">{t('support.noVendors')}</p> : null}
      <SelectField
        label={t('support.vendor')}
        value={vendorId}
        onChange={chooseVendor}
        options={[{ value: '', label: t('common.choose') }, ...vendors.map((v) => ({ value: v.id, label: v.name }))]}
        error={errorAt(errors, 'vendorId')}
        testId="vendor-select"
      />
      <TextField
        label={t('support.question')}
        hint={t('support.questionHint')}
        value={question}
        onChange={setQuestion}
        multiline
        maxLength={LIMITS.longText}
        error={errorAt(errors, 'question')}
        testId="support-question"
        id="support-question"
        inputRef={questionRef}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void buildDraft()}
          disabled={drafting}
          data-testid="support-draft"
        >
          {drafting ? t('common.loading') : t('support.buildDraft')}
        </button>
      </div>
      <ErrorNotice error={draftError} />
      <TextField
        label={t('support.message')}
        hint={t('support.messageHint')}
        value={message}
        onChange={setMessage}
        multiline
        rows={12}
        required
        maxLength={LIMITS.longText}
        error={errorAt(errors, 'message')}
        testId="support-message"
      />
      {message ? <CopyButton text={message} testId="support-copy" /> : null}
      <ErrorNotice error={send.error} />
      {send.isSuccess ? (
        <Notice kind="success" testId="support-sent">
          {t('support.sent')}
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={send.isPending} data-testid="support-send">
        {send.isPending ? t('common.sending') : t('support.send')}
      </button>
    </form>
  );
}
