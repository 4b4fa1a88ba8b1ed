/**
 * One ready-to-edit message: subject and body filled with what we know, editable in place, and copied
 * together with one button. The text is the user's to change; "restore" brings the filled template back.
 * The parent keys it by language and values, so late-arriving settings refill an untouched template.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../components/CopyButton';
import { TextField } from '../components/TextField';
import { fillPlaceholders, type PlaybookTemplate, type TemplateKind } from '../shared';
import type { TemplateValues } from './template-values';

interface Props {
  kind: TemplateKind;
  template: PlaybookTemplate;
  lang: 'ja' | 'en';
  values: TemplateValues;
  headingLevel: 4 | 5;
}

export function TemplateEditor({ kind, template, lang, values, headingLevel }: Props) {
  const { t } = useTranslation();
  const H = `h${headingLevel}` as 'h4' | 'h5';
  const filledSubject = fillPlaceholders(template.subject[lang], values);
  const filledBody = fillPlaceholders(template.body[lang], values);
  const [subject, setSubject] = useState(filledSubject);
  const [body, setBody] = useState(filledBody);
  const changed = subject !== filledSubject || body !== filledBody;
  return (
    <div className="playbook-template" data-kind={kind}>
      <H>{t(`playbook.templateKinds.${kind}`)}</H>
      <TextField
        label={t('playbook.templates.subject')}
        value={subject}
        onChange={setSubject}
        testId={`playbook-template-subject-${kind}`}
      />
      <TextField
        label={t('playbook.templates.body')}
        value={body}
        onChange={setBody}
        multiline
        rows={12}
        testId={`playbook-template-${kind}`}
      />
      <div className="button-row">
        <CopyButton
          text={`${subject}\n\n${body}`}
          label={t('playbook.templates.copy')}
          testId={`playbook-copy-${kind}`}
        />
        {changed ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setSubject(filledSubject);
              setBody(filledBody);
            }}
            data-testid={`playbook-template-restore-${kind}`}
          >
            {t('playbook.templates.restore')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
