/** Where to find a vendor when none is arranged: the public lists named in the guide (names only, no live links). */
import { useTranslation } from 'react-i18next';

const LISTS = ['ipaForensics', 'jnsa', 'otasuke'] as const;

export function PublicVendorLists() {
  const { t } = useTranslation();
  return (
    <div className="public-lists" data-testid="public-vendor-lists">
      <h3>{t('publicLists.title')}</h3>
      <p className="hint">{t('publicLists.hint')}</p>
      <ul>
        {LISTS.map((key) => (
          <li key={key}>
            <strong>{t(`publicLists.${key}.name`)}</strong>
            <span className="block hint">{t(`publicLists.${key}.what`)}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('publicLists.askUsual')}</p>
    </div>
  );
}
