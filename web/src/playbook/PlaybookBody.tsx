/**
 * The content of one playbook, section by section: signs, what to do first, evidence to keep, when to call
 * for help, reports to check, ready-to-edit messages and sources. Shown on the incident page (with links
 * to the steps where each thing is recorded) and on the playbook pages.
 */
import { useTranslation } from 'react-i18next';
import { Term } from '../glossary/Term';
import { type ChecklistItemView, type Locale, type Playbook, type PlaybookDetailView, TEMPLATE_KINDS } from '../shared';
import { RegulatoryChecks } from './RegulatoryChecks';
import { SourceList } from './SourceList';
import { TemplateEditor } from './TemplateEditor';
import type { TemplateValues } from './template-values';
import './playbook.css';

interface Props {
  detail: PlaybookDetailView;
  playbook: Playbook;
  lang: Locale;
  values: TemplateValues;
  /** On the incident page: the incident's checklist, to show what is done and link to the steps. */
  checklist?: ChecklistItemView[];
  headingLevel: 3 | 4;
}

export function PlaybookBody({ detail, playbook, lang, values, checklist, headingLevel }: Props) {
  const { t } = useTranslation();
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const onIncident = checklist !== undefined;
  const stateOf = (key: string) => checklist?.find((c) => c.key === key)?.state;
  const titleOf = (key: string) => detail.actions.find((a) => a.key === key)?.title[lang] ?? key;
  return (
    <div className="playbook-body">
      <p>{playbook.summary[lang]}</p>

      <H>{t('playbook.sections.signs')}</H>
      <ul className="hint-list" data-testid="playbook-signs">
        {playbook.signs.map((s) => (
          <li key={s.en}>{s[lang]}</li>
        ))}
      </ul>

      <H>{t('playbook.sections.actions')}</H>
      <ol className="playbook-actions">
        {playbook.immediateActions.map((key) => {
          const state = stateOf(key);
          return (
            <li key={key} data-key={key} data-state={state ?? ''}>
              {titleOf(key)}
              {state === 'done' ? <span className="badge badge-done">{t('checkState.done')}</span> : null}
              {state === 'not_applicable' ? <span className="badge">{t('checkState.not_applicable')}</span> : null}
            </li>
          );
        })}
      </ol>
      {onIncident ? (
        <p className="hint">
          {t('playbook.actionsHint')} <a href="#step-4">{t('playbook.toStep', { n: 4 })}</a>
        </p>
      ) : null}

      <H>
        <Term id="evidence">{t('playbook.sections.evidence')}</Term>
      </H>
      <ul className="hint-list" data-testid="playbook-evidence">
        {playbook.evidence.map((e) => (
          <li key={e.en}>{e[lang]}</li>
        ))}
      </ul>
      {onIncident ? (
        <p className="hint">
          {t('playbook.evidenceHint')} <a href="#step-7">{t('playbook.toStep', { n: 7 })}</a>
        </p>
      ) : null}

      <H>{t('playbook.sections.escalation')}</H>
      <dl className="playbook-escalation" data-testid="playbook-escalation">
        <dt>{t('playbook.escalation.vendor')}</dt>
        <dd>{playbook.escalation.vendor[lang]}</dd>
        <dt>
          {t('playbook.escalation.police')} (<Term id="damage_report" />)
        </dt>
        <dd>{playbook.escalation.police[lang]}</dd>
        {playbook.escalation.others.length > 0 ? (
          <>
            <dt>{t('playbook.escalation.others')}</dt>
            <dd>
              <ul className="plain-list">
                {playbook.escalation.others.map((o) => (
                  <li key={o.en}>{o[lang]}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {onIncident ? (
        <p className="hint">
          <a href="#step-6">{t('playbook.toStep6')}</a>
        </p>
      ) : null}

      <H>
        <Term id="ppc">{t('playbook.sections.regulatory')}</Term>
      </H>
      <RegulatoryChecks checks={playbook.regulatory} rules={detail.rules} lang={lang} />

      <H>{t('playbook.sections.templates')}</H>
      <p className="hint">{t('playbook.templatesHint')}</p>
      {TEMPLATE_KINDS.map((kind) => (
        <TemplateEditor
          // A new language, new settings or another version of the text start the editor afresh.
          key={[kind, lang, JSON.stringify(values), JSON.stringify(playbook.templates[kind])].join('|')}
          kind={kind}
          template={playbook.templates[kind]}
          lang={lang}
          values={values}
          headingLevel={headingLevel === 3 ? 4 : 5}
        />
      ))}

      <details className="details-box">
        <summary>{t('playbook.sections.sources')}</summary>
        <div className="details-body">
          <SourceList sources={playbook.sources} lang={lang} />
          <p className="hint">{t('playbook.reviewedOn', { date: playbook.reviewedOn })}</p>
        </div>
      </details>
    </div>
  );
}
