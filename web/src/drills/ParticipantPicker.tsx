/**
 * Who takes part: accounts to tick, the desk's addresses suggested (they only hear of the drill if ticked),
 * and free addresses one per line. The person starting is always in and cannot be unticked.
 */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../components/CheckboxField';
import { TextField } from '../components/TextField';
import type { DrillPersonView } from '../shared';

interface Props {
  me: string;
  people: DrillPersonView[];
  /** Addresses that are not accounts but likely participants: the desk, the fallback desk. */
  suggested: string[];
  selected: Set<string>;
  onToggle: (email: string, on: boolean) => void;
  extra: string;
  onExtra: (text: string) => void;
  extraError?: string;
}

export function ParticipantPicker({ me, people, suggested, selected, onToggle, extra, onExtra, extraError }: Props) {
  const { t } = useTranslation();
  const accounts = new Set(people.map((p) => p.email));
  return (
    <fieldset data-testid="drill-participants-picker">
      <legend>{t('drill.participantsLegend')}</legend>
      <p className="hint">{t('drill.participantsHint')}</p>
      <div className="checkbox-group columns">
        {people.map((p) => (
          <CheckboxField
            key={p.email}
            label={[p.name, t(`role.${p.role}`), p.department].filter(Boolean).join(' / ')}
            checked={p.email === me || selected.has(p.email)}
            disabled={p.email === me}
            onChange={(on) => onToggle(p.email, on)}
            testId={`drill-participant-${p.email}`}
          />
        ))}
        {suggested
          .filter((e) => !accounts.has(e))
          .map((e) => (
            <CheckboxField
              key={e}
              label={e}
              checked={selected.has(e)}
              onChange={(on) => onToggle(e, on)}
              testId={`drill-participant-${e}`}
            />
          ))}
      </div>
      <TextField
        label={t('drill.extraEmails')}
        hint={t('drill.extraEmailsHint')}
        value={extra}
        onChange={onExtra}
        multiline
        rows={3}
        error={extraError}
        testId="drill-extra-emails"
      />
    </fieldset>
  );
}
