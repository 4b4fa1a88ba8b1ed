/** Name, e-mail and phone of a contact point (the response desk, or the fallback department). */
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors } from '../lib/validation';
import { LIMITS } from '../shared';
import type { ContactPointState } from './settings-form';

interface Props {
  legend: string;
  hint: string;
  value: ContactPointState;
  onChange: (value: ContactPointState) => void;
  errors: FieldErrors;
  path: 'desk' | 'fallbackDesk';
  testIdPrefix: string;
}

export function ContactPointFields({ legend, hint, value, onChange, errors, path, testIdPrefix }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof ContactPointState) => (v: string) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="contact-point">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      <TextField
        label={t('settings.pointName')}
        hint={t('settings.pointNameHint')}
        value={value.name}
        onChange={set('name')}
        maxLength={LIMITS.shortText}
        error={errorAt(errors, `${path}.name`)}
        testId={`${testIdPrefix}-name`}
      />
      <TextField
        label={t('settings.pointEmail')}
        type="email"
        value={value.email}
        onChange={set('email')}
        maxLength={LIMITS.email}
        error={errorAt(errors, `${path}.email`)}
        testId={`${testIdPrefix}-email`}
      />
      <TextField
        label={t('settings.pointPhone')}
        type="tel"
        value={value.phone}
        onChange={set('phone')}
        maxLength={LIMITS.shortText}
        error={errorAt(errors, `${path}.phone`)}
        testId={`${testIdPrefix}-phone`}
      />
    </fieldset>
  );
}
