/** A checkbox with its label to the right and an optional hint below. */
import { useId } from 'react';

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId?: string;
  id?: string;
  hint?: string;
  disabled?: boolean;
  className?: string;
}

export function CheckboxField(props: Props) {
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  return (
    <div className={`checkbox${props.className ? ` ${props.className}` : ''}`}>
      <input
        type="checkbox"
        id={id}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
        data-testid={props.testId}
        disabled={props.disabled}
        aria-describedby={props.hint ? hintId : undefined}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
