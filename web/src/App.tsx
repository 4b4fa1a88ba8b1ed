/** The routes of the UI. Public pages first; everything else needs a session. */
import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';
import { RequireSession } from './components/RequireSession';
import { RouteError } from './components/RouteError';
import { DashboardPage } from './pages/DashboardPage';
import { IncidentPage } from './pages/IncidentPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PublicReportPage } from './pages/PublicReportPage';
import { ReportPage } from './pages/ReportPage';
import { SetPasswordPage } from './pages/SetPasswordPage';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';
import { UsersPage } from './pages/UsersPage';
import { VendorsPage } from './pages/VendorsPage';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/set-password', element: <SetPasswordPage /> },
      { path: '/report/:token', element: <PublicReportPage /> },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <DashboardPage /> },
          { path: '/report', element: <ReportPage /> },
          { path: '/incidents/:id', element: <IncidentPage /> },
          { path: '/vendors', element: <VendorsPage /> },
          { path: '/admin/settings', element: <SettingsPage /> },
          { path: '/admin/users', element: <UsersPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
