/** Record a hand-over of one piece of evidence: from whom, to whom, when, and why. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCustodyTransfer } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { localInputToIso, nowLocalInput } from '../../lib/dates';
import { errorAt, type FieldErrors, validate } from '../../lib/validation';
import { custodyTransferInput, LIMITS } from '../../shared';
import { useIncidentAction } from '../use-incident-action';

interface Props {
  incidentId: string;
  evidenceId: string;
  holder: string;
  onDone: () => void;
}

export function TransferForm({ incidentId, evidenceId, holder, onDone }: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(holder);
  const [to, setTo] = useState('');
  const [at, setAt] = useState(nowLocalInput);
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useIncidentAction(
    incidentId,
    (input: Parameters<typeof addCustodyTransfer>[2]) => addCustodyTransfer(incidentId, evidenceId, input),
    { onSuccess: onDone },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(custodyTransferInput, {
      fromPerson: from.trim(),
      toPerson: to.trim(),
      at: localInputToIso(at) ?? at,
      ...(purpose.trim() ? { purpose: purpose.trim() } : {}),
    });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };
  return (
    <form onSubmit={submit} noValidate className="subform" data-testid="transfer-form">
      <TextField
        label={t('transfer.from')}
        value={from}
        onChange={setFrom}
        required
        maxLength={LIMITS.shortText}
        error={errorAt(errors, 'fromPerson')}
        testId="transfer-from"
      />
      <TextField
        label={t('transfer.to')}
        value={to}
        onChange={setTo}
        required
        maxLength={LIMITS.shortText}
        error={errorAt(errors, 'toPerson')}
        testId="transfer-to"
      />
      <TextField
        label={t('transfer.at')}
        type="datetime-local"
        value={at}
        onChange={setAt}
        required
        error={errorAt(errors, 'at')}
        testId="transfer-at"
      />
      <TextField
        label={t('transfer.purpose')}
        hint={t('transfer.purposeHint')}
        value={purpose}
        onChange={setPurpose}
        multiline
        maxLength={LIMITS.longText}
        testId="transfer-purpose"
      />
      <ErrorNotice error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="transfer-save">
          {t('transfer.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
