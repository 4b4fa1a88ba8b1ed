/** All accounts, with role and enabled state editable per row. */
import { useTranslation } from 'react-i18next';
import type { UserView } from '../shared';
import { UserRow } from './UserRow';

export function UserTable({ users }: { users: UserView[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="user-list">
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.department')}</th>
            <th scope="col">{t('users.state')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} />
          ))}
        </tbody>
      </table>
      <p className="hint">{t('users.rolesHelp')}</p>
    </div>
  );
}
