/** Add or edit a vendor. Contacts are rows: a name plus phone and/or e-mail. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createVendor, updateVendor } from '../api/client';
import { keys } from '../api/queries';
import { ErrorNotice } from '../components/ErrorNotice';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { errorAt, type FieldErrors, validate } from '../lib/validation';
import { CONTRACT_STATES, LIMITS, type VendorView, vendorInput } from '../shared';
import { ContactsEditor } from './ContactsEditor';
import { formToVendorInput, type VendorFormState, vendorToForm } from './vendor-form';

export function VendorForm({
  vendor,
  onDone,
  headingLevel = 4,
}: {
  vendor?: VendorView;
  onDone: () => void;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<VendorFormState>(() => vendorToForm(vendor));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (input: Parameters<typeof createVendor>[0]) =>
      vendor ? updateVendor(vendor.id, input) : createVendor(input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.vendors });
      onDone();
    },
  });
  const set = (key: Exclude<keyof VendorFormState, 'contacts'>) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const text = (key: Exclude<keyof VendorFormState, 'contacts' | 'contractStatus'>, long = true) => ({
    label: t(`vendors.${key}`),
    hint: t(`vendors.hints.${key}`),
    value: form[key],
    onChange: set(key),
    multiline: long,
    rows: 2,
    maxLength: long ? LIMITS.longText : LIMITS.shortText,
    error: errorAt(errors, key),
    testId: `vendor-${key}`,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validate(vendorInput, formToVendorInput(form));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) save.mutate(result.data);
  };

  return (
    <form onSubmit={submit} noValidate className="vendor-form" data-testid="vendor-form">
      <Heading>{vendor ? t('vendors.editTitle', { name: vendor.name }) : t('vendors.addTitle')}</Heading>
      <TextField {...text('name', false)} required />
      <TextField {...text('services')} />
      <TextField {...text('hours', false)} />
      <TextField {...text('fees')} />
      <TextField {...text('conditions')} />
      <SelectField
        label={t('vendors.contractStatus')}
        value={form.contractStatus}
        onChange={set('contractStatus')}
        options={CONTRACT_STATES.map((s) => ({ value: s, label: t(`contractState.${s}`) }))}
        testId="vendor-contract"
      />
      <ContactsEditor
        contacts={form.contacts}
        onChange={(contacts) => setForm((f) => ({ ...f, contacts }))}
        errors={errors}
      />
      <TextField {...text('notes')} />
      <ErrorNotice error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="vendor-save">
          {t('vendors.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone} data-testid="vendor-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
