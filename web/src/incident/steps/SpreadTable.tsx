/** Each department and what was found there; picking a row fills the form below. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { SpreadCheckView } from '../../shared';

interface Props {
  departments: string[];
  checks: SpreadCheckView[];
  onPick?: ((department: string) => void) | undefined;
}

export function SpreadTable({ departments, checks, onPick }: Props) {
  const { t } = useTranslation();
  if (departments.length === 0) return <p className="muted">{t('spread.noDepartments')}</p>;
  const byName = new Map(checks.map((c) => [c.department, c]));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="spread-table">
        <thead>
          <tr>
            <th scope="col">{t('spread.department')}</th>
            <th scope="col">{t('spread.state')}</th>
            <th scope="col">{t('spread.checked')}</th>
            {onPick ? <th scope="col">{t('common.action')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {departments.map((name) => {
            const check = byName.get(name);
            const state = check?.state ?? 'unchecked';
            return (
              <tr key={name} data-testid="spread-row" data-department={name} data-state={state}>
                <th scope="row">{name}</th>
                <td>
                  <span className={`badge badge-spread-${state}`}>{t(`spreadState.${state}`)}</span>
                  {check?.note ? <span className="block hint">{check.note}</span> : null}
                </td>
                <td>
                  {check?.checkedBy
                    ? t('spread.checkedBy', { name: check.checkedBy, at: formatDateTime(check.checkedAt) })
                    : ''}
                </td>
                {onPick ? (
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => {
                        onPick(name);
                        document.getElementById('spread-department')?.focus();
                      }}
                    >
                      {t('spread.pick', { name })}
                    </button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
