/** A new password and its confirmation, with the length rule shown; used wherever a password is chosen. */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../shared';
import { TextField } from './TextField';

interface Props {
  label: string;
  password: string;
  confirm: string;
  onPassword: (v: string) => void;
  onConfirm: (v: string) => void;
  errors: { password?: string; confirm?: string };
  /** Test ids become `<testIdPrefix>` and `<testIdPrefix>-confirm`. */
  testIdPrefix: string;
}

export function NewPasswordFields({ label, password, confirm, onPassword, onConfirm, errors, testIdPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={label}
        type="password"
        value={password}
        onChange={onPassword}
        testId={testIdPrefix}
        autoComplete="new-password"
        hint={t('password.rule', { min: LIMITS.passwordMin })}
        error={errors.password}
        required
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        value={confirm}
        onChange={onConfirm}
        testId={`${testIdPrefix}-confirm`}
        autoComplete="new-password"
        error={errors.confirm}
        required
      />
    </>
  );
}
