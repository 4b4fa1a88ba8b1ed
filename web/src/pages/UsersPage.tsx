/** /admin/users — who has an account, their role; create users and hand them a set-password link. */
import { useTranslation } from 'react-i18next';
import { CreateUserForm } from '../admin/CreateUserForm';
import { UserTable } from '../admin/UserTable';
import { useUsers } from '../api/queries';
import { AdminOnly } from '../components/AdminOnly';
import { NextStepHint } from '../components/NextStepHint';
import { QueryState } from '../components/QueryState';

export function UsersPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly title={t('users.title')}>
      <UsersContent />
    </AdminOnly>
  );
}

function UsersContent() {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <section className="panel">
      <h1>{t('users.title')}</h1>
      <p className="lead">{t('users.lead')}</p>
      <NextStepHint
        text={t('guidance.users.text')}
        actions={[
          { href: '#user-create-form', label: t('guidance.users.create') },
          { to: '/admin/preparation', label: t('guidance.settings.preparation') },
        ]}
      />
      <QueryState isPending={users.isPending} error={users.error} onRetry={() => void users.refetch()} />
      {users.data ? <UserTable users={users.data.users} /> : null}
      <CreateUserForm />
    </section>
  );
}
