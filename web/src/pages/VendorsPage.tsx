/** /vendors — the directory of security vendors, prepared in calm times. */
import { useTranslation } from 'react-i18next';
import { useVendors } from '../api/queries';
import { hasRole, useSession } from '../api/session';
import { NextStepHint, NothingLeft } from '../components/NextStepHint';
import { QueryState } from '../components/QueryState';
import { PublicVendorLists } from '../vendors/PublicVendorLists';
import { VendorDirectory } from '../vendors/VendorDirectory';

export function VendorsPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const allowed = hasRole(session, 'responder', 'manager', 'admin');
  const vendors = useVendors(allowed);
  const canEdit = hasRole(session, 'responder', 'admin');
  if (!allowed) {
    return (
      <section className="panel narrow">
        <h1>{t('vendors.title')}</h1>
        <NothingLeft actions={[{ to: '/', label: t('guidance.home') }]}>
          <p>{t('common.notAllowed')}</p>
        </NothingLeft>
      </section>
    );
  }
  return (
    <section className="panel">
      <h1>{t('vendors.title')}</h1>
      <p className="lead">{t('vendors.lead')}</p>
      <NextStepHint
        text={t('guidance.vendors.text')}
        actions={[
          ...(canEdit ? [{ href: '#vendor-add' as const, label: t('vendors.add') }] : []),
          { to: '/', label: t('guidance.vendors.incidents') },
        ]}
      />
      <QueryState isPending={vendors.isPending} error={vendors.error} onRetry={() => void vendors.refetch()} />
      {vendors.data ? <VendorDirectory vendors={vendors.data.vendors} canEdit={canEdit} headingLevel={2} /> : null}
      <PublicVendorLists />
    </section>
  );
}
