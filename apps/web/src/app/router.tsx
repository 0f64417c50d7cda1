import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/accounts/SignInPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { CoopPage } from '../features/coops/CoopPage';
import { CreateCoopPage } from '../features/coops/CreateCoopPage';
import { EditCoopPage } from '../features/coops/EditCoopPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { AcceptInvitationPage } from '../features/members/AcceptInvitationPage';
import { SearchPage } from '../features/search/SearchPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <DirectoryPage /> },
      { path: '/search', element: <SearchPage /> },
      { path: '/coops/new', element: <CreateCoopPage /> },
      { path: '/coops/:slug', element: <CoopPage /> },
      { path: '/coops/:slug/edit', element: <EditCoopPage /> },
      { path: '/invitations/:token', element: <AcceptInvitationPage /> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-up', element: <SignUpPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
