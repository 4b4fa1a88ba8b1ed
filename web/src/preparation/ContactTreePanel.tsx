/**
 * The contact tree on the preparation page. It is the notification contact tree (the same list that
 * escalation mails name), edited here through its own API so the organisation keeps one list.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getContactTree, preparationKeys, saveContactTree } from '../api/preparation';
import { ErrorNotice } from '../components/ErrorNotice';
import { Notice } from '../components/Notice';
import { QueryState } from '../components/QueryState';
import { type FieldErrors, validate } from '../lib/validation';
import { type ContactTreeView, contactTreeInput, TREE_ROLES } from '../shared';
import { ContactTreeEditor } from './ContactTreeEditor';
import { type ContactTreeFormState, dropBlankRows, formToTreeInput, treeToForm } from './contact-tree-form';

/**
 * The schema's own check says only "invalid" at `<role>.<i>.email` when a row has neither an address nor a
 * phone number; say what to do instead.
 */
function explainUnreachable(errors: FieldErrors, form: ContactTreeFormState): FieldErrors {
  const out = { ...errors };
  for (const role of TREE_ROLES)
    form[role].forEach((row, i) => {
      const path = `${role}.${i}.email`;
      if (out[path] && !row.email.trim() && !row.phone.trim())
        out[path] = i18n.t('preparation.contacts.needPhoneOrEmail');
    });
  return out;
}

function ContactTreeForm({ tree }: { tree: ContactTreeView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ContactTreeFormState>(() => treeToForm(tree));
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: saveContactTree,
    onSuccess: (saved) => {
      queryClient.setQueryData(preparationKeys.contactTree, saved);
      void queryClient.invalidateQueries({ queryKey: preparationKeys.readiness });
      setForm(treeToForm(saved));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const cleaned = dropBlankRows(form);
    setForm(cleaned);
    const result = validate(contactTreeInput, formToTreeInput(cleaned));
    setErrors(result.ok ? {} : explainUnreachable(result.errors, cleaned));
    if (result.ok) save.mutate(result.data);
  };
  return (
    <form onSubmit={submit} noValidate data-testid="contact-tree-form">
      <ContactTreeEditor
        treeRole="desk"
        rows={form.desk}
        onChange={(desk) => setForm((f) => ({ ...f, desk }))}
        errors={errors}
      />
      <ContactTreeEditor
        treeRole="manager"
        rows={form.manager}
        onChange={(manager) => setForm((f) => ({ ...f, manager }))}
        errors={errors}
      />
      <ErrorNotice error={save.error} />
      {save.isSuccess ? (
        <Notice kind="success" testId="contact-tree-saved">
          {t('preparation.saved')}
        </Notice>
      ) : null}
      <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="contact-tree-save">
        {t('preparation.contacts.save')}
      </button>
    </form>
  );
}

export function ContactTreePanel() {
  const { t } = useTranslation();
  const tree = useQuery({ queryKey: preparationKeys.contactTree, queryFn: getContactTree });
  return (
    <section className="panel" id="contact-tree" aria-labelledby="contact-tree-title" data-testid="contact-tree-editor">
      <h2 id="contact-tree-title">{t('preparation.contacts.legend')}</h2>
      <p className="hint">{t('preparation.contacts.hint')}</p>
      <QueryState isPending={tree.isPending} error={tree.error} onRetry={() => void tree.refetch()} />
      {tree.data ? <ContactTreeForm tree={tree.data} /> : null}
    </section>
  );
}
