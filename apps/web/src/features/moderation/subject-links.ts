import type { TFunction } from 'i18next';
import type { ModerationSubject } from '../../gql/graphql';

interface Item {
  subject: ModerationSubject;
  coop: { id: string; slug: string; name: string };
  need?: { id: string; title: string } | null;
  offer?: { id: string; title: string } | null;
}

/** The page of what a report or action is about, and its name ("Need: …") in the language shown. */
export function subjectLink(item: Item, t: TFunction<'moderation'>): { to: string; label: string; id: string } {
  if (item.subject === 'NEED' && item.need) return { to: `/needs/${item.need.id}`, label: t('subject.need', { title: item.need.title }), id: item.need.id };
  if (item.subject === 'OFFER' && item.offer) return { to: `/offers/${item.offer.id}`, label: t('subject.offer', { title: item.offer.title }), id: item.offer.id };
  return { to: `/coops/${item.coop.slug}`, label: t('subject.coop', { name: item.coop.name }), id: item.coop.id };
}
