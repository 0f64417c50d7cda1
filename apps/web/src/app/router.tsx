import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/**
 * Every page is its own chunk, fetched when its route is first visited: the first load carries
 * the shell (layout, search box, account menu) and the one page asked for, not the whole app.
 * `page` turns a page module's named export into the route's component; props are fixed per route.
 */
function page<M, K extends keyof M>(load: () => Promise<M>, name: K, props: Record<string, unknown> = {}): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const Page = (await load())[name] as ComponentType<Record<string, unknown>>;
      return { Component: () => <Page {...props} /> };
    },
  };
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', ...page(() => import('../features/directory/DirectoryPage'), 'DirectoryPage') },
      { path: '/search', ...page(() => import('../features/search/SearchPage'), 'SearchPage') },
      { path: '/coops/new', ...page(() => import('../features/coops/CreateCoopPage'), 'CreateCoopPage') },
      { path: '/coops/:slug', ...page(() => import('../features/coops/CoopPage'), 'CoopPage') },
      { path: '/coops/:slug/edit', ...page(() => import('../features/coops/EditCoopPage'), 'EditCoopPage') },
      { path: '/coops/:slug/referrals', ...page(() => import('../features/referrals/CoopReferralsPage'), 'CoopReferralsPage') },
      { path: '/coops/:slug/needs/new', ...page(() => import('../features/postings/PostPostingPage'), 'PostPostingPage', { what: 'need' }) },
      { path: '/coops/:slug/offers/new', ...page(() => import('../features/postings/PostPostingPage'), 'PostPostingPage', { what: 'offer' }) },
      { path: '/needs', ...page(() => import('../features/postings/BrowsePostingsPage'), 'BrowsePostingsPage', { what: 'need' }) },
      { path: '/needs/:id', ...page(() => import('../features/postings/NeedPage'), 'NeedPage') },
      { path: '/needs/:id/edit', ...page(() => import('../features/postings/EditPostingPage'), 'EditPostingPage', { what: 'need' }) },
      { path: '/offers', ...page(() => import('../features/postings/BrowsePostingsPage'), 'BrowsePostingsPage', { what: 'offer' }) },
      { path: '/offers/:id', ...page(() => import('../features/postings/OfferPage'), 'OfferPage') },
      { path: '/offers/:id/edit', ...page(() => import('../features/postings/EditPostingPage'), 'EditPostingPage', { what: 'offer' }) },
      { path: '/for-you', ...page(() => import('../features/matching/ForYouPage'), 'ForYouPage') },
      { path: '/inbox', ...page(() => import('../features/inbox/InboxPage'), 'InboxPage') },
      { path: '/referrals', ...page(() => import('../features/referrals/ReferralsHomePage'), 'ReferralsHomePage') },
      { path: '/referrals/new', ...page(() => import('../features/referrals/PassReferralPage'), 'PassReferralPage') },
      { path: '/referrals/:id', ...page(() => import('../features/referrals/ReferralPage'), 'ReferralPage') },
      { path: '/network', ...page(() => import('../features/referrals/NetworkPage'), 'NetworkPage') },
      { path: '/account/interests', ...page(() => import('../features/common-ground/InterestsPage'), 'InterestsPage') },
      { path: '/councils', ...page(() => import('../features/councils/CouncilsPage'), 'CouncilsPage') },
      { path: '/councils/new', ...page(() => import('../features/councils/CreateCouncilPage'), 'CreateCouncilPage') },
      { path: '/councils/:slug', ...page(() => import('../features/councils/CouncilPage'), 'CouncilPage') },
      { path: '/councils/:slug/edit', ...page(() => import('../features/councils/EditCouncilPage'), 'EditCouncilPage') },
      { path: '/councils/:slug/meetings/new', ...page(() => import('../features/meetings/ScheduleMeetingPage'), 'ScheduleMeetingPage') },
      { path: '/meetings/:id', ...page(() => import('../features/meetings/MeetingPage'), 'MeetingPage') },
      { path: '/meetings/:id/edit', ...page(() => import('../features/meetings/EditMeetingPage'), 'EditMeetingPage') },
      { path: '/meetings/:id/facilitate', ...page(() => import('../features/pitch-round/FacilitatorPage'), 'FacilitatorPage') },
      { path: '/meetings/:id/live', ...page(() => import('../features/pitch-round/LiveRoundPage'), 'LiveRoundPage') },
      { path: '/invitations/:token', ...page(() => import('../features/members/AcceptInvitationPage'), 'AcceptInvitationPage') },
      { path: '/sign-in', ...page(() => import('../features/accounts/SignInPage'), 'SignInPage') },
      { path: '/sign-up', ...page(() => import('../features/accounts/SignUpPage'), 'SignUpPage') },
      { path: '/verify-email/:token', ...page(() => import('../features/accounts/VerifyEmailPage'), 'VerifyEmailPage') },
      { path: '/claims/confirm/:token', ...page(() => import('../features/claims/ConfirmClaimEmailPage'), 'ConfirmClaimEmailPage') },
      { path: '/claims/:id', ...page(() => import('../features/claims/ClaimPage'), 'ClaimPage') },
      { path: '/admin', ...page(() => import('../features/moderation/AdminPage'), 'AdminPage') },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
