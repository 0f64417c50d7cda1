import type { ModerationSubject } from '../../gql/graphql';

interface Item {
  subject: ModerationSubject;
  coop: { id: string; slug: string; name: string };
  need?: { id: string; title: string } | null;
  offer?: { id: string; title: string } | null;
}

/** The page of what a report or action is about, and its name. */
export function subjectLink(item: Item): { to: string; label: string; id: string } {
  if (item.subject === 'NEED' && item.need) return { to: `/needs/${item.need.id}`, label: `Need: ${item.need.title}`, id: item.need.id };
  if (item.subject === 'OFFER' && item.offer) return { to: `/offers/${item.offer.id}`, label: `Offer: ${item.offer.title}`, id: item.offer.id };
  return { to: `/coops/${item.coop.slug}`, label: `Profile: ${item.coop.name}`, id: item.coop.id };
}
