/** A labelled text input or textarea with its hint and error tied to it for screen readers. */
import { type ChangeEvent, type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  id?: string;
  name?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'datetime-local' | 'number' | 'url';
  multiline?: boolean;
  rows?: number;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  className?: string;
}

export function TextField(props: Props) {
  const { t } = useTranslation();
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    value: props.value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(e.target.value),
    'aria-describedby': describedBy,
    'aria-invalid': props.error ? true : undefined,
    'data-testid': props.testId,
    required: props.required,
    disabled: props.disabled,
    maxLength: props.maxLength,
    autoComplete: props.autoComplete,
    placeholder: props.placeholder,
    ref: props.inputRef,
  };
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="required-mark">{t('common.required')}</span> : null}
      </label>
      {props.hint ? (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea rows={props.rows ?? 4} {...common} />
      ) : (
        <input type={props.type ?? 'text'} {...common} />
      )}
    </div>
  );
}
