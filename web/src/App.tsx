/** The routes of the UI. Public pages first; everything else needs a session. */
import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';
import { RequireSession } from './components/RequireSession';
import { RouteError } from './components/RouteError';
import { AckPage } from './pages/AckPage';
import { DashboardPage } from './pages/DashboardPage';
import { DrillsPage } from './pages/DrillsPage';
import { GlossaryPage } from './pages/GlossaryPage';
import { IncidentPage } from './pages/IncidentPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationLogPage } from './pages/NotificationLogPage';
import { NotificationSettingsPage } from './pages/NotificationSettingsPage';
import { PlaybookPage } from './pages/PlaybookPage';
import { PlaybooksPage } from './pages/PlaybooksPage';
import { PreparationPage } from './pages/PreparationPage';
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
      { path: '/ack/:token', element: <AckPage /> },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <DashboardPage /> },
          { path: '/report', element: <ReportPage /> },
          { path: '/incidents/:id', element: <IncidentPage /> },
          { path: '/vendors', element: <VendorsPage /> },
          { path: '/playbooks', element: <PlaybooksPage /> },
          { path: '/playbooks/:type', element: <PlaybookPage /> },
          { path: '/glossary', element: <GlossaryPage /> },
          { path: '/admin/settings', element: <SettingsPage /> },
          { path: '/admin/users', element: <UsersPage /> },
          { path: '/admin/preparation', element: <PreparationPage /> },
          { path: '/admin/notifications', element: <NotificationSettingsPage /> },
          { path: '/notifications', element: <NotificationLogPage /> },
          { path: '/drills', element: <DrillsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
