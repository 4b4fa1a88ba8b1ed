/**
 * Inputs for texts that exist in both languages: one pair (Japanese and English side by side), and a list
 * of pairs with add and remove. Error messages come keyed by the API's field paths (`signs.0.en`).
 */
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors } from '../lib/validation';
import type { Localized } from '../shared';

interface PairProps {
  path: string;
  value: Localized;
  onChange: (value: Localized) => void;
  errors: FieldErrors;
  multiline?: boolean;
  maxLength: number;
  label?: string;
}

export function LocalizedPair({ path, value, onChange, errors, multiline, maxLength, label }: PairProps) {
  const { t } = useTranslation();
  return (
    <>
      {(['ja', 'en'] as const).map((lang) => (
        <TextField
          key={lang}
          label={label ? `${label}(${t(`playbook.editor.${lang}`)})` : t(`playbook.editor.${lang}`)}
          value={value[lang]}
          onChange={(v) => onChange({ ...value, [lang]: v })}
          multiline={multiline}
          rows={multiline ? 4 : undefined}
          maxLength={maxLength}
          error={errorAt(errors, `${path}.${lang}`)}
          testId={`playbook-field-${path}.${lang}`}
        />
      ))}
    </>
  );
}

interface ListProps {
  path: string;
  legend: string;
  items: Localized[];
  onChange: (items: Localized[]) => void;
  errors: FieldErrors;
  maxLength: number;
  max: number;
}

export function LocalizedList({ path, legend, items, onChange, errors, maxLength, max }: ListProps) {
  const { t } = useTranslation();
  const set = (i: number, v: Localized) => onChange(items.map((x, j) => (j === i ? v : x)));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {errorAt(errors, path) && !items.length ? <p className="field-error">{errorAt(errors, path)}</p> : null}
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity but their place; inputs are controlled
        <div className="playbook-pair" key={i}>
          <LocalizedPair
            path={`${path}.${i}`}
            value={item}
            onChange={(v) => set(i, v)}
            errors={errors}
            multiline={maxLength > 200}
            maxLength={maxLength}
          />
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onChange(items.filter((_, j) => j !== i))}
            data-testid={`playbook-remove-${path}-${i}`}
          >
            {t('playbook.editor.remove')}
          </button>
        </div>
      ))}
      {items.length < max ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange([...items, { ja: '', en: '' }])}
          data-testid={`playbook-add-${path}`}
        >
          {t('playbook.editor.add')}
        </button>
      ) : null}
    </fieldset>
  );
}
