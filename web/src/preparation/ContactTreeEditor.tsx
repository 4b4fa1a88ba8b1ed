/** One role's contacts in the contact tree: people to phone, in order, each row editable, removable and movable. */
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors } from '../lib/validation';
import { LIMITS, NOTIFY_LIMITS, type TreeRole } from '../shared';
import { type ContactRowState, newContactRow } from './contact-tree-form';

interface Props {
  treeRole: TreeRole;
  rows: ContactRowState[];
  onChange: (rows: ContactRowState[]) => void;
  errors: FieldErrors;
}

export function ContactTreeEditor({ treeRole: role, rows, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (i: number, key: keyof Omit<ContactRowState, 'id'>) => (value: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(i, 1);
    if (row) next.splice(i + by, 0, row);
    onChange(next);
  };
  return (
    <fieldset data-testid={`contact-tree-${role}`}>
      <legend>{t(`preparation.contacts.roles.${role}`)}</legend>
      <p className="hint">{t(`preparation.contacts.roleHints.${role}`)}</p>
      {rows.length === 0 ? <p data-testid={`contact-tree-${role}-empty`}>{t('preparation.contacts.empty')}</p> : null}
      <ol className="plain-list">
        {rows.map((row, i) => (
          <li key={row.id} className="contact-row" data-testid="contact-row" data-role={role}>
            <p className="meta">{t('preparation.contacts.row', { n: i + 1 })}</p>
            <div className="contact-row-fields">
              <TextField
                label={t('preparation.contacts.name')}
                value={row.name}
                onChange={set(i, 'name')}
                maxLength={LIMITS.shortText}
                error={errorAt(errors, `${role}.${i}.name`)}
                testId="contact-name"
              />
              <TextField
                label={t('preparation.contacts.phone')}
                type="tel"
                value={row.phone}
                onChange={set(i, 'phone')}
                maxLength={50}
                error={errorAt(errors, `${role}.${i}.phone`)}
                testId="contact-phone"
              />
              <TextField
                label={t('preparation.contacts.email')}
                type="email"
                value={row.email}
                onChange={set(i, 'email')}
                maxLength={LIMITS.email}
                error={errorAt(errors, `${role}.${i}.email`)}
                testId="contact-email"
              />
              <TextField
                label={t('preparation.contacts.note')}
                value={row.note}
                onChange={set(i, 'note')}
                maxLength={LIMITS.shortText}
                error={errorAt(errors, `${role}.${i}.note`)}
                testId="contact-note"
              />
            </div>
            <div className="button-row">
              <button
                type="button"
                className="button button-small"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                data-testid="contact-up"
              >
                {t('preparation.contacts.up')}
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={i === rows.length - 1}
                onClick={() => move(i, 1)}
                data-testid="contact-down"
              >
                {t('preparation.contacts.down')}
              </button>
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
                data-testid="contact-remove"
              >
                {t('preparation.contacts.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        disabled={rows.length >= NOTIFY_LIMITS.contactsPerRole}
        onClick={() => onChange([...rows, newContactRow()])}
        data-testid={`contact-add-${role}`}
      >
        {t('preparation.contacts.add')}
      </button>
    </fieldset>
  );
}
