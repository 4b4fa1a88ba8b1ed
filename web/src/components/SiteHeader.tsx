/** The top bar: product name, the main places for this role, language, and sign-out. */
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';
import * as api from '../api/client';
import { hasRole, useRememberSession, useSession } from '../api/session';
import { LanguageSwitch } from './LanguageSwitch';

export function SiteHeader() {
  const { t } = useTranslation();
  const session = useSession().data;
  const remember = useRememberSession();
  const navigate = useNavigate();
  const logout = useMutation({
    mutationFn: api.logout,
    onSettled: () => {
      remember(null);
      void navigate('/login');
    },
  });
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to={session ? '/' : '/login'} className="brand">
          <span className="brand-mark" aria-hidden="true">
            初
          </span>
          <span>{t('app.name')}</span>
        </Link>
        {session ? (
          <nav className="main-nav" aria-label={t('nav.label')}>
            <NavLink to="/" end data-testid="nav-dashboard">
              {t('nav.dashboard')}
            </NavLink>
            <NavLink to="/report" data-testid="nav-report">
              {t('nav.report')}
            </NavLink>
            {hasRole(session, 'responder', 'manager', 'admin') ? (
              <NavLink to="/vendors" data-testid="nav-vendors">
                {t('nav.vendors')}
              </NavLink>
            ) : null}
            {hasRole(session, 'responder', 'manager', 'admin') ? (
              <NavLink to="/playbooks" data-testid="nav-playbooks">
                {t('playbook.nav')}
              </NavLink>
            ) : null}
            {hasRole(session, 'responder', 'manager', 'admin') ? (
              <NavLink to="/notifications" end data-testid="nav-notifications">
                {t('notify.nav.log')}
              </NavLink>
            ) : null}
            <NavLink to="/glossary" data-testid="nav-glossary">
              {t('glossary.nav')}
            </NavLink>
            {hasRole(session, 'responder', 'admin') ? (
              <NavLink to="/drills" data-testid="nav-drills">
                {t('drill.nav')}
              </NavLink>
            ) : null}
            {hasRole(session, 'admin') ? (
              <>
                <NavLink to="/admin/settings" data-testid="nav-settings">
                  {t('nav.settings')}
                </NavLink>
                <NavLink to="/admin/users" data-testid="nav-users">
                  {t('nav.users')}
                </NavLink>
                <NavLink to="/admin/preparation" data-testid="nav-preparation">
                  {t('preparation.nav')}
                </NavLink>
                <NavLink to="/admin/notifications" data-testid="nav-notify-settings">
                  {t('notify.nav.settings')}
                </NavLink>
              </>
            ) : null}
          </nav>
        ) : null}
        <div className="header-tools">
          <LanguageSwitch />
          {session ? (
            <div className="user-box">
              <span className="user-name" data-testid="current-user">
                {session.user.name}
                <span className="user-role">{t(`role.${session.user.role}`)}</span>
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => logout.mutate()}
                data-testid="logout"
              >
                {t('nav.logout')}
              </button>
            </div>
          ) : null}
        </div>
      </div>
    </header>
  );
}
