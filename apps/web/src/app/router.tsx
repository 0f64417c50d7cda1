import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/accounts/SignInPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { VerifyEmailPage } from '../features/accounts/VerifyEmailPage';
import { CoopPage } from '../features/coops/CoopPage';
import { CreateCoopPage } from '../features/coops/CreateCoopPage';
import { EditCoopPage } from '../features/coops/EditCoopPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { AcceptInvitationPage } from '../features/members/AcceptInvitationPage';
import { InboxPage } from '../features/inbox/InboxPage';
import { ForYouPage } from '../features/matching/ForYouPage';
import { BrowsePostingsPage } from '../features/postings/BrowsePostingsPage';
import { EditPostingPage } from '../features/postings/EditPostingPage';
import { NeedPage } from '../features/postings/NeedPage';
import { OfferPage } from '../features/postings/OfferPage';
import { PostPostingPage } from '../features/postings/PostPostingPage';
import { CoopReferralsPage } from '../features/referrals/CoopReferralsPage';
import { NetworkPage } from '../features/referrals/NetworkPage';
import { PassReferralPage } from '../features/referrals/PassReferralPage';
import { ReferralPage } from '../features/referrals/ReferralPage';
import { ReferralsHomePage } from '../features/referrals/ReferralsHomePage';
import { SearchPage } from '../features/search/SearchPage';
import { InterestsPage } from '../features/common-ground/InterestsPage';
import { CouncilPage } from '../features/councils/CouncilPage';
import { CouncilsPage } from '../features/councils/CouncilsPage';
import { CreateCouncilPage } from '../features/councils/CreateCouncilPage';
import { EditCouncilPage } from '../features/councils/EditCouncilPage';
import { EditMeetingPage } from '../features/meetings/EditMeetingPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { ScheduleMeetingPage } from '../features/meetings/ScheduleMeetingPage';
import { FacilitatorPage } from '../features/pitch-round/FacilitatorPage';
import { LiveRoundPage } from '../features/pitch-round/LiveRoundPage';
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
      { path: '/coops/:slug/referrals', element: <CoopReferralsPage /> },
      { path: '/coops/:slug/needs/new', element: <PostPostingPage what="need" /> },
      { path: '/coops/:slug/offers/new', element: <PostPostingPage what="offer" /> },
      { path: '/needs', element: <BrowsePostingsPage what="need" key="needs" /> },
      { path: '/needs/:id', element: <NeedPage /> },
      { path: '/needs/:id/edit', element: <EditPostingPage what="need" /> },
      { path: '/offers', element: <BrowsePostingsPage what="offer" key="offers" /> },
      { path: '/offers/:id', element: <OfferPage /> },
      { path: '/offers/:id/edit', element: <EditPostingPage what="offer" /> },
      { path: '/for-you', element: <ForYouPage /> },
      { path: '/inbox', element: <InboxPage /> },
      { path: '/referrals', element: <ReferralsHomePage /> },
      { path: '/referrals/new', element: <PassReferralPage /> },
      { path: '/referrals/:id', element: <ReferralPage /> },
      { path: '/network', element: <NetworkPage /> },
      { path: '/account/interests', element: <InterestsPage /> },
      { path: '/councils', element: <CouncilsPage /> },
      { path: '/councils/new', element: <CreateCouncilPage /> },
      { path: '/councils/:slug', element: <CouncilPage /> },
      { path: '/councils/:slug/edit', element: <EditCouncilPage /> },
      { path: '/councils/:slug/meetings/new', element: <ScheduleMeetingPage /> },
      { path: '/meetings/:id', element: <MeetingPage /> },
      { path: '/meetings/:id/edit', element: <EditMeetingPage /> },
      { path: '/meetings/:id/facilitate', element: <FacilitatorPage /> },
      { path: '/meetings/:id/live', element: <LiveRoundPage /> },
      { path: '/invitations/:token', element: <AcceptInvitationPage /> },
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-up', element: <SignUpPage /> },
      { path: '/verify-email/:token', element: <VerifyEmailPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
