/**
 * Admins: edit the organisation's copy of a playbook: signs, evidence, whom to call, and the four messages,
 * in both languages. Saved as a whole; the server checks it with the same schema as the built-in one and
 * answers each problem by field, shown next to its input.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { playbookKeys, savePlaybook } from '../api/playbooks';
import { ErrorNotice } from '../components/ErrorNotice';
import type { FieldErrors } from '../lib/validation';
import { LIMITS, type PlaybookDetailView, TEMPLATE_KINDS } from '../shared';
import { LocalizedList, LocalizedPair } from './LocalizedFields';
import { type PlaybookDraft, validateDraft } from './validate-draft';

type Draft = PlaybookDraft;

const LIST_MAX = 20;

interface Props {
  detail: PlaybookDetailView;
  onSaved: () => void;
  onCancel: () => void;
}

export function PlaybookEditor({ detail, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => structuredClone(detail.effective));
  const save = useMutation({
    mutationFn: (d: Draft) => savePlaybook(detail.type, { ...detail.effective, ...d }),
    onSuccess: (saved) => {
      queryClient.setQueryData(playbookKeys.one(detail.type), saved);
      void queryClient.invalidateQueries({ queryKey: playbookKeys.all, exact: true });
      onSaved();
    },
  });
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...(save.error instanceof ApiError ? save.error.fields : {}), ...localErrors };
  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateDraft(draft);
    setLocalErrors(found);
    if (Object.keys(found).length === 0) save.mutate(draft);
  };

  return (
    <form onSubmit={submit} noValidate className="subform playbook-editor" data-testid="playbook-editor">
      <h2>{t('playbook.editor.title')}</h2>
      <p className="hint">{t('playbook.editor.hint')}</p>
      <LocalizedList
        path="signs"
        legend={t('playbook.sections.signs')}
        items={draft.signs}
        onChange={(signs) => patch({ signs })}
        errors={errors}
        maxLength={LIMITS.shortText}
        max={LIST_MAX}
      />
      <LocalizedList
        path="evidence"
        legend={t('playbook.sections.evidence')}
        items={draft.evidence}
        onChange={(evidence) => patch({ evidence })}
        errors={errors}
        maxLength={LIMITS.longText}
        max={LIST_MAX}
      />
      <fieldset>
        <legend>{t('playbook.sections.escalation')}</legend>
        {(['vendor', 'police'] as const).map((k) => (
          <LocalizedPair
            key={k}
            path={`escalation.${k}`}
            label={t(`playbook.escalation.${k}`)}
            value={draft.escalation[k]}
            onChange={(v) => patch({ escalation: { ...draft.escalation, [k]: v } })}
            errors={errors}
            multiline
            maxLength={LIMITS.longText}
          />
        ))}
      </fieldset>
      <LocalizedList
        path="escalation.others"
        legend={t('playbook.escalation.others')}
        items={draft.escalation.others}
        onChange={(others) => patch({ escalation: { ...draft.escalation, others } })}
        errors={errors}
        maxLength={LIMITS.longText}
        max={10}
      />
      {TEMPLATE_KINDS.map((kind) => (
        <fieldset key={kind}>
          <legend>{t(`playbook.templateKinds.${kind}`)}</legend>
          <p className="hint">{t('playbook.editor.placeholders')}</p>
          {(['subject', 'body'] as const).map((part) => (
            <LocalizedPair
              key={part}
              path={`templates.${kind}.${part}`}
              label={t(`playbook.templates.${part}`)}
              value={draft.templates[kind][part]}
              onChange={(v) =>
                patch({ templates: { ...draft.templates, [kind]: { ...draft.templates[kind], [part]: v } } })
              }
              errors={errors}
              multiline={part === 'body'}
              maxLength={part === 'body' ? LIMITS.longText : LIMITS.shortText}
            />
          ))}
        </fieldset>
      ))}
      {Object.keys(localErrors).length > 0 ? (
        <p className="notice notice-error" role="alert" data-testid="playbook-editor-invalid">
          {t('playbook.editor.fixBelow')}
        </p>
      ) : null}
      <ErrorNotice error={save.error} />
      <div className="button-row sticky-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="playbook-save">
          {save.isPending ? t('common.saving') : t('playbook.editor.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} data-testid="playbook-edit-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
