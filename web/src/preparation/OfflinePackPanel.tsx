/**
 * The offline pack download. A plain link, not a fetch: the server answers an attachment, so the browser
 * saves the file itself and the page never renders the pack in our origin.
 */
import { useTranslation } from 'react-i18next';
import { OFFLINE_PACK_URL } from '../api/preparation';

export function OfflinePackPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel offline-pack-panel" aria-labelledby="offline-pack-title" data-testid="offline-pack-panel">
      <h2 id="offline-pack-title">{t('offlinePack.title')}</h2>
      <p>{t('offlinePack.lead')}</p>
      <p className="hint">{t('offlinePack.howTo')}</p>
      <a
        href={OFFLINE_PACK_URL}
        download="shodo-offline-pack.html"
        className="button button-primary"
        data-testid="offline-pack-download"
      >
        {t('offlinePack.download')}
      </a>
    </section>
  );
}
