/**
 * Checks an edited playbook before it is sent, with messages in the user's language: every text filled in
 * both languages, and only the placeholders the UI can fill. The server checks again with the full schema.
 */
import i18n from 'i18next';
import type { FieldErrors } from '../lib/validation';
import { type Localized, type Playbook, placeholdersIn, TEMPLATE_KINDS, TEMPLATE_PLACEHOLDERS } from '../shared';

/** The parts of a playbook the editor changes. */
export type PlaybookDraft = Pick<Playbook, 'signs' | 'evidence' | 'escalation' | 'templates'>;

export function validateDraft(draft: PlaybookDraft): FieldErrors {
  const errors: FieldErrors = {};
  const check = (path: string, value: Localized, template = false) => {
    for (const lang of ['ja', 'en'] as const) {
      const text = value[lang];
      if (text.trim() === '') errors[`${path}.${lang}`] = i18n.t('validation.required');
      else if (template) {
        const unknown = placeholdersIn(text).filter((p) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(p));
        if (unknown.length > 0)
          errors[`${path}.${lang}`] = i18n.t('playbook.editor.badPlaceholder', {
            names: unknown.map((p) => `{${p}}`).join(', '),
          });
      }
    }
  };
  if (draft.signs.length === 0) errors.signs = i18n.t('playbook.editor.atLeastOne');
  if (draft.evidence.length === 0) errors.evidence = i18n.t('playbook.editor.atLeastOne');
  draft.signs.forEach((v, i) => {
    check(`signs.${i}`, v);
  });
  draft.evidence.forEach((v, i) => {
    check(`evidence.${i}`, v);
  });
  check('escalation.vendor', draft.escalation.vendor);
  check('escalation.police', draft.escalation.police);
  draft.escalation.others.forEach((v, i) => {
    check(`escalation.others.${i}`, v);
  });
  for (const kind of TEMPLATE_KINDS) {
    check(`templates.${kind}.subject`, draft.templates[kind].subject, true);
    check(`templates.${kind}.body`, draft.templates[kind].body, true);
  }
  return errors;
}
