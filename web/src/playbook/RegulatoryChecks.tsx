/** The legal and contractual checks a playbook triggers, each with its deadlines and the rules' version. */
import { useTranslation } from 'react-i18next';
import type { Locale, RegulatoryCheck, RegulatoryRule } from '../shared';
import { formatLongDate } from './template-values';

export function RegulatoryChecks({
  checks,
  rules,
  lang,
}: {
  checks: RegulatoryCheck[];
  rules: RegulatoryRule[];
  lang: Locale;
}) {
  const { t } = useTranslation();
  if (checks.length === 0) return <p className="muted">{t('playbook.regulatory.none')}</p>;
  return (
    <ul className="card-list">
      {checks.map((check) => {
        const rule = rules.find((r) => r.id === check.rule);
        if (!rule) return null;
        return (
          <li key={check.rule} className="card playbook-rule" data-testid="playbook-rule" data-rule={rule.id}>
            <p className="card-title">{rule.title[lang]}</p>
            <p>
              <strong>{t('playbook.regulatory.forThisType')}</strong> {check.when[lang]}
            </p>
            <p>
              <strong>{t('playbook.regulatory.recipient')}</strong> {rule.recipient[lang]}
            </p>
            {rule.deadlines.length > 0 ? (
              <ul className="plain-list playbook-deadlines">
                {rule.deadlines.map((d) => (
                  <li key={d.label.en}>
                    <strong>{d.label[lang]}</strong>: {d.when[lang]}
                  </li>
                ))}
              </ul>
            ) : null}
            <details className="details-box">
              <summary>{t('playbook.regulatory.more')}</summary>
              <div className="details-body">
                <p>
                  <strong>{t('playbook.regulatory.trigger')}</strong> {rule.trigger[lang]}
                </p>
                <p>
                  <strong>{t('playbook.regulatory.basis')}</strong> {rule.basis[lang]}
                </p>
                {rule.notes.map((n) => (
                  <p key={n.en}>{n[lang]}</p>
                ))}
              </div>
            </details>
            <p className="hint" data-testid="playbook-rule-version">
              {rule.version.label[lang]}{' '}
              {t('playbook.regulatory.checkedOn', {
                date: formatLongDate(new Date(`${rule.version.checkedOn}T00:00:00`), lang),
              })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
