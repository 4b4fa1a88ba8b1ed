/**
 * Step 6: outside help. The vendors arranged in advance, where to find others, the support request
 * (with the question carried from "I can't tell"), then hand-over and closing.
 */
import { useTranslation } from 'react-i18next';
import { useVendors } from '../../api/queries';
import { hasRole, useSession } from '../../api/session';
import { QueryState } from '../../components/QueryState';
import { TermList } from '../../glossary/Term';
import type { IncidentDetail } from '../../shared';
import { PublicVendorLists } from '../../vendors/PublicVendorLists';
import { VendorDirectory } from '../../vendors/VendorDirectory';
import { CloseForm } from './CloseForm';
import { HandoverPanel } from './HandoverPanel';
import { SupportRequestForm } from './SupportRequestForm';
import { SupportRequestList } from './SupportRequestList';

export function OutsideHelpStep({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const vendors = useVendors(hasRole(session, 'responder', 'manager', 'admin'));
  const list = vendors.data?.vendors ?? [];
  return (
    <div className="step-body">
      <p>{t('outside.when')}</p>
      <TermList ids={['forensics', 'csirt', 'ioc', 'edr']} />
      <h3>{t('outside.directoryTitle')}</h3>
      <QueryState isPending={vendors.isPending} error={vendors.error} onRetry={() => void vendors.refetch()} />
      {vendors.data ? (
        <VendorDirectory vendors={list} canEdit={hasRole(session, 'responder', 'admin')} headingLevel={4} />
      ) : null}
      <PublicVendorLists />
      {incident.can.requestSupport ? <SupportRequestForm incident={incident} vendors={list} /> : null}
      <SupportRequestList requests={incident.supportRequests} />
      <HandoverPanel incident={incident} vendors={list} />
      {incident.can.close && incident.status !== 'closed' ? <CloseForm incident={incident} /> : null}
    </div>
  );
}
