/** Admins only: warns when no response desk is set, because reports would then reach nobody in particular. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSettings } from '../api/queries';

export function DeskHint() {
  const { t } = useTranslation();
  const settings = useSettings().data;
  if (!settings) return null;
  const missing: string[] = [];
  if (!settings.desk) missing.push(t('dashboard.setup.desk'));
  if (!settings.desk && !settings.fallbackDesk) missing.push(t('dashboard.setup.fallback'));
  if (settings.departments.length === 0) missing.push(t('dashboard.setup.departments'));
  if (missing.length === 0) return null;
  return (
    <section className="notice notice-warning" aria-labelledby="desk-hint-title" data-testid="settings-hint">
      <h2 id="desk-hint-title" className="notice-title">
        {t('dashboard.setup.title')}
      </h2>
      <ul>
        {missing.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <Link to="/admin/settings" className="button">
        {t('dashboard.setup.go')}
      </Link>
    </section>
  );
}
