import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

/**
 * Every page is its own chunk, fetched when its route is first visited: the first load carries
 * the shell (layout, search box, account menu) and the one page asked for, not the whole app.
 * Declarative routes (not the data router): the app loads its data with Apollo, and the data
 * router's loaders, actions and fetchers would be 16 KiB gzipped of the first load for nothing.
 */
function page<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<Record<string, unknown>> }));
}

const HomePage = page(() => import('../features/home/HomePage'), 'HomePage');
const DirectoryPage = page(() => import('../features/directory/DirectoryPage'), 'DirectoryPage');
const SearchPage = page(() => import('../features/search/SearchPage'), 'SearchPage');
const CreateCoopPage = page(() => import('../features/coops/CreateCoopPage'), 'CreateCoopPage');
const CoopPage = page(() => import('../features/coops/CoopPage'), 'CoopPage');
const EditCoopPage = page(() => import('../features/coops/EditCoopPage'), 'EditCoopPage');
const CoopReferralsPage = page(() => import('../features/referrals/CoopReferralsPage'), 'CoopReferralsPage');
const PostPostingPage = page(() => import('../features/postings/PostPostingPage'), 'PostPostingPage');
const BrowsePostingsPage = page(() => import('../features/postings/BrowsePostingsPage'), 'BrowsePostingsPage');
const NeedPage = page(() => import('../features/postings/NeedPage'), 'NeedPage');
const EditPostingPage = page(() => import('../features/postings/EditPostingPage'), 'EditPostingPage');
const OfferPage = page(() => import('../features/postings/OfferPage'), 'OfferPage');
const ForYouPage = page(() => import('../features/matching/ForYouPage'), 'ForYouPage');
const InboxPage = page(() => import('../features/inbox/InboxPage'), 'InboxPage');
const ReferralsHomePage = page(() => import('../features/referrals/ReferralsHomePage'), 'ReferralsHomePage');
const PassReferralPage = page(() => import('../features/referrals/PassReferralPage'), 'PassReferralPage');
const ReferralPage = page(() => import('../features/referrals/ReferralPage'), 'ReferralPage');
const NetworkPage = page(() => import('../features/referrals/NetworkPage'), 'NetworkPage');
const InterestsPage = page(() => import('../features/common-ground/InterestsPage'), 'InterestsPage');
const CouncilsPage = page(() => import('../features/councils/CouncilsPage'), 'CouncilsPage');
const CreateCouncilPage = page(() => import('../features/councils/CreateCouncilPage'), 'CreateCouncilPage');
const CouncilPage = page(() => import('../features/councils/CouncilPage'), 'CouncilPage');
const EditCouncilPage = page(() => import('../features/councils/EditCouncilPage'), 'EditCouncilPage');
const ScheduleMeetingPage = page(() => import('../features/meetings/ScheduleMeetingPage'), 'ScheduleMeetingPage');
const MeetingPage = page(() => import('../features/meetings/MeetingPage'), 'MeetingPage');
const EditMeetingPage = page(() => import('../features/meetings/EditMeetingPage'), 'EditMeetingPage');
const FacilitatorPage = page(() => import('../features/pitch-round/FacilitatorPage'), 'FacilitatorPage');
const LiveRoundPage = page(() => import('../features/pitch-round/LiveRoundPage'), 'LiveRoundPage');
const AcceptInvitationPage = page(() => import('../features/members/AcceptInvitationPage'), 'AcceptInvitationPage');
const SignInPage = page(() => import('../features/accounts/SignInPage'), 'SignInPage');
const SignUpPage = page(() => import('../features/accounts/SignUpPage'), 'SignUpPage');
const VerifyEmailPage = page(() => import('../features/accounts/VerifyEmailPage'), 'VerifyEmailPage');
const ConfirmClaimEmailPage = page(() => import('../features/claims/ConfirmClaimEmailPage'), 'ConfirmClaimEmailPage');
const ClaimPage = page(() => import('../features/claims/ClaimPage'), 'ClaimPage');
const AdminPage = page(() => import('../features/moderation/AdminPage'), 'AdminPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/directory" element={<DirectoryPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/coops/new" element={<CreateCoopPage />} />
        <Route path="/coops/:slug" element={<CoopPage />} />
        <Route path="/coops/:slug/edit" element={<EditCoopPage />} />
        <Route path="/coops/:slug/referrals" element={<CoopReferralsPage />} />
        <Route path="/coops/:slug/needs/new" element={<PostPostingPage what="need" />} />
        <Route path="/coops/:slug/offers/new" element={<PostPostingPage what="offer" />} />
        <Route path="/needs" element={<BrowsePostingsPage what="need" key="needs" />} />
        <Route path="/needs/:id" element={<NeedPage />} />
        <Route path="/needs/:id/edit" element={<EditPostingPage what="need" />} />
        <Route path="/offers" element={<BrowsePostingsPage what="offer" key="offers" />} />
        <Route path="/offers/:id" element={<OfferPage />} />
        <Route path="/offers/:id/edit" element={<EditPostingPage what="offer" />} />
        <Route path="/for-you" element={<ForYouPage />} />
        <Route path="/inbox" element={<InboxPage />} />
        <Route path="/referrals" element={<ReferralsHomePage />} />
        <Route path="/referrals/new" element={<PassReferralPage />} />
        <Route path="/referrals/:id" element={<ReferralPage />} />
        <Route path="/network" element={<NetworkPage />} />
        <Route path="/account/interests" element={<InterestsPage />} />
        <Route path="/councils" element={<CouncilsPage />} />
        <Route path="/councils/new" element={<CreateCouncilPage />} />
        <Route path="/councils/:slug" element={<CouncilPage />} />
        <Route path="/councils/:slug/edit" element={<EditCouncilPage />} />
        <Route path="/councils/:slug/meetings/new" element={<ScheduleMeetingPage />} />
        <Route path="/meetings/:id" element={<MeetingPage />} />
        <Route path="/meetings/:id/edit" element={<EditMeetingPage />} />
        <Route path="/meetings/:id/facilitate" element={<FacilitatorPage />} />
        <Route path="/meetings/:id/live" element={<LiveRoundPage />} />
        <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-up" element={<SignUpPage />} />
        <Route path="/verify-email/:token" element={<VerifyEmailPage />} />
        <Route path="/claims/confirm/:token" element={<ConfirmClaimEmailPage />} />
        <Route path="/claims/:id" element={<ClaimPage />} />
        <Route path="/admin" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
