/** Whether to consult the police, with why; explains that a damage report (被害届) is filed at a police station. */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { TextField } from '../../components/TextField';
import { TermList } from '../../glossary/Term';
import { LIMITS } from '../../shared';

interface Props {
  consult: boolean;
  onConsult: (v: boolean) => void;
  reason: string;
  onReason: (v: string) => void;
  error?: string | undefined;
}

export function PoliceConsult({ consult, onConsult, reason, onReason, error }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="police">
      <legend>{t('police.title')}</legend>
      <p className="hint">{t('police.explain')}</p>
      <TermList ids={['damage_report', 'log', 'evidence']} />
      <CheckboxField label={t('police.consult')} checked={consult} onChange={onConsult} testId="police-consult" />
      {consult ? (
        <TextField
          label={t('police.reason')}
          hint={t('police.reasonHint')}
          value={reason}
          onChange={onReason}
          multiline
          maxLength={LIMITS.longText}
          error={error}
          testId="police-reason"
        />
      ) : null}
    </fieldset>
  );
}
