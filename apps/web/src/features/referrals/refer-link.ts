import type { PickedCoop } from './CoopPicker';

/** What the referral form reads from the link's state: the receiver's name, which the URL's id alone cannot give. */
export interface ReferLinkState {
  receiver?: PickedCoop;
}

/**
 * A link to pass a referral (Link props). The URL carries ids only; the receiver's name rides in
 * the history state, so that the form can name them without a look-up and a shared link cannot
 * pass off one co-op under another's name.
 */
export function referLink(params: { to?: PickedCoop; needId?: string; kind?: 'INTERNAL'; from?: string; meetingId?: string }) {
  const search = new URLSearchParams();
  if (params.from) search.set('from', params.from);
  if (params.meetingId) search.set('meeting', params.meetingId);
  if (params.to) search.set('to', params.to.id);
  if (params.needId) search.set('need', params.needId);
  if (params.kind) search.set('kind', params.kind);
  const state: ReferLinkState = params.to ? { receiver: { id: params.to.id, name: params.to.name } } : {};
  return { to: `/referrals/new?${search.toString()}`, state };
}
