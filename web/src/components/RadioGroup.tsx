/** A fieldset of radio buttons; each option gets `data-testid="<testIdPrefix>-<value>"`. */
import { useId } from 'react';

interface Props {
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string; hint?: string }[];
  testIdPrefix: string;
  error?: string | undefined;
  hint?: string;
}

export function RadioGroup(props: Props) {
  const name = useId();
  return (
    <fieldset className={`radio-group${props.error ? ' field-invalid' : ''}`}>
      <legend>{props.legend}</legend>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      {props.error ? <p className="field-error">{props.error}</p> : null}
      {props.options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div className="radio" key={o.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
              data-testid={`${props.testIdPrefix}-${o.value}`}
            />
            <label htmlFor={id}>
              {o.label}
              {o.hint ? <span className="radio-hint">{o.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
