/** One fact: its input (text, date, yes/no or a number) and the "unknown yet" choice every fact has. */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { type FactKey, LIMITS } from '../../shared';
import { FACT_KINDS, type FactField } from './facts-form';

interface Props {
  factKey: FactKey;
  field: FactField;
  onChange: (field: FactField) => void;
  error?: string | undefined;
  /** After a conflict: the value saved by someone else, when it differs from what is typed here. */
  savedValue?: string | undefined;
}

export function FactInput({ factKey, field, onChange, error, savedValue }: Props) {
  const { t } = useTranslation();
  const kind = FACT_KINDS[factKey];
  const id = `fact-${factKey}`;
  const common = {
    id,
    label: t(`facts.${factKey}.label`),
    hint: t(`facts.${factKey}.hint`),
    error,
    testId: id,
    disabled: field.unknown,
    value: field.value,
    onChange: (value: string) => onChange({ ...field, value }),
  };
  return (
    <div className={`fact${field.unknown ? ' fact-unknown' : ''}`} data-fact={factKey}>
      {kind === 'yesno' ? (
        <SelectField
          {...common}
          options={[
            { value: '', label: t('facts.yesno.choose') },
            { value: 'yes', label: t('facts.yesno.yes') },
            { value: 'no', label: t('facts.yesno.no') },
          ]}
        />
      ) : (
        <TextField
          {...common}
          type={kind === 'date' ? 'datetime-local' : kind === 'count' ? 'number' : 'text'}
          multiline={kind === 'longtext'}
          rows={3}
          maxLength={kind === 'text' || kind === 'longtext' ? LIMITS.longText : undefined}
        />
      )}
      <CheckboxField
        label={t('facts.unknownYet')}
        checked={field.unknown}
        onChange={(unknown) => onChange({ ...field, unknown })}
        testId={`${id}-unknown`}
        className="fact-unknown-choice"
      />
      {savedValue !== undefined ? (
        <p className="saved-value" data-testid={`${id}-saved`}>
          {t('facts.savedNow', { value: savedValue })}
        </p>
      ) : null}
    </div>
  );
}
