/**
 * The playbook of each of the incident's types, on the incident page: signs, what to do first, evidence,
 * whom to call, reports to check and ready-to-edit messages filled with the organisation and incident.
 * Each type folds, so a case with two types stays readable.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlaybook } from '../api/playbooks';
import { QueryState } from '../components/QueryState';
import { useLang } from '../lib/use-lang';
import { PlaybookBody } from '../playbook/PlaybookBody';
import { useTemplateValues } from '../playbook/template-values';
import type { IncidentDetail, IncidentType } from '../shared';

function PlaybookCard({ type, incident }: { type: IncidentType; incident: IncidentDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = usePlaybook(type);
  const values = useTemplateValues(lang, incident.id);
  const detail = query.data;
  return (
    <details className="playbook-card" open data-testid="playbook-type" data-type={type}>
      <summary>
        <h3>{detail?.effective.title[lang] ?? t(`types.${type}`)}</h3>
        {detail?.customised ? <span className="badge">{t('playbook.customised')}</span> : null}
      </summary>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {detail ? (
        <PlaybookBody
          detail={detail}
          playbook={detail.effective}
          lang={lang}
          values={values}
          checklist={incident.checklist}
          headingLevel={4}
        />
      ) : null}
      <p className="hint">
        <Link to={`/playbooks/${type}`}>{t('playbook.openPage')}</Link>
      </p>
    </details>
  );
}

export function PlaybookPanel({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const types: IncidentType[] = incident.types.length > 0 ? incident.types : ['unknown'];
  return (
    <section
      id="playbooks"
      className="playbook-panel"
      aria-labelledby="playbook-panel-title"
      data-testid="playbook-panel"
    >
      <h2 id="playbook-panel-title" tabIndex={-1}>
        {t('playbook.panel.title')}
      </h2>
      <p className="hint">{t('playbook.panel.lead')}</p>
      {types.map((type) => (
        <PlaybookCard key={type} type={type} incident={incident} />
      ))}
    </section>
  );
}
