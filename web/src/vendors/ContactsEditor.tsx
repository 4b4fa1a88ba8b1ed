/** Contact rows of a vendor: name, phone, e-mail; add and remove rows. */
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors } from '../lib/validation';
import { LIMITS } from '../shared';
import type { ContactRow } from './vendor-form';

interface Props {
  contacts: ContactRow[];
  onChange: (contacts: ContactRow[]) => void;
  errors: FieldErrors;
}

export function ContactsEditor({ contacts, onChange, errors }: Props) {
  const { t } = useTranslation();
  const update = (i: number, key: keyof ContactRow, value: string) =>
    onChange(contacts.map((c, j) => (j === i ? { ...c, [key]: value } : c)));
  return (
    <fieldset className="contacts-editor">
      <legend>{t('vendors.contacts')}</legend>
      {contacts.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; order is stable while editing
        <div className="contact-row" key={i} data-testid="vendor-contact-row">
          <TextField
            label={t('vendors.contactName')}
            value={c.name}
            onChange={(v) => update(i, 'name', v)}
            maxLength={LIMITS.shortText}
            error={errorAt(errors, `contacts.${i}.name`)}
            testId="vendor-contact-name"
          />
          <TextField
            label={t('vendors.phone')}
            type="tel"
            value={c.phone}
            onChange={(v) => update(i, 'phone', v)}
            maxLength={LIMITS.shortText}
            error={errorAt(errors, `contacts.${i}.phone`)}
            testId="vendor-contact-phone"
          />
          <TextField
            label={t('vendors.email')}
            type="email"
            value={c.email}
            onChange={(v) => update(i, 'email', v)}
            maxLength={LIMITS.email}
            error={errorAt(errors, `contacts.${i}.email`)}
            testId="vendor-contact-email"
          />
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onChange(contacts.filter((_, j) => j !== i))}
          >
            {t('vendors.removeContact')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange([...contacts, { name: '', phone: '', email: '' }])}
        data-testid="vendor-contact-add"
        disabled={contacts.length >= 10}
      >
        {t('vendors.addContact')}
      </button>
    </fieldset>
  );
}
