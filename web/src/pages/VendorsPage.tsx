/** /vendors — the directory of security vendors, prepared in calm times. */
import { useTranslation } from 'react-i18next';
import { useVendors } from '../api/queries';
import { hasRole, useSession } from '../api/session';
import { QueryState } from '../components/QueryState';
import { PublicVendorLists } from '../vendors/PublicVendorLists';
import { VendorDirectory } from '../vendors/VendorDirectory';

export function VendorsPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const allowed = hasRole(session, 'responder', 'manager', 'admin');
  const vendors = useVendors(allowed);
  if (!allowed) {
    return (
      <section className="panel narrow">
        <h1>{t('vendors.title')}</h1>
        <p>{t('common.notAllowed')}</p>
      </section>
    );
  }
  return (
    <section className="panel">
      <h1>{t('vendors.title')}</h1>
      <p className="lead">{t('vendors.lead')}</p>
      <QueryState isPending={vendors.isPending} error={vendors.error} onRetry={() => void vendors.refetch()} />
      {vendors.data ? (
        <VendorDirectory
          vendors={vendors.data.vendors}
          canEdit={hasRole(session, 'responder', 'admin')}
          headingLevel={2}
        />
      ) : null}
      <PublicVendorLists />
    </section>
  );
}
