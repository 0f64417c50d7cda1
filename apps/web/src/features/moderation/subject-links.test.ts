import { createInstance, type TFunction } from 'i18next';
import cy from './locales/cy.json';
import en from './locales/en-GB.json';
import { subjectLink } from './subject-links';

const i18n = createInstance();
void i18n.init({ lng: 'en-GB', resources: { 'en-GB': { moderation: en }, cy: { moderation: cy } }, interpolation: { escapeValue: false }, initAsync: false });
const tIn = (language: string) => i18n.getFixedT(language, 'moderation') as TFunction<'moderation'>;

const coop = { id: 'c1', slug: 'bread-coop', name: 'Bread Co-op' };

describe('what a report or moderation action is about', () => {
  it('links a need, an offer or else the profile, named in English', () => {
    const t = tIn('en-GB');
    expect(subjectLink({ subject: 'NEED', coop, need: { id: 'n1', title: 'A van' } }, t)).toEqual({ to: '/needs/n1', label: 'Need: A van', id: 'n1' });
    expect(subjectLink({ subject: 'OFFER', coop, offer: { id: 'o1', title: 'Printing' } }, t)).toEqual({ to: '/offers/o1', label: 'Offer: Printing', id: 'o1' });
    expect(subjectLink({ subject: 'COOP', coop }, t)).toEqual({ to: '/coops/bread-coop', label: 'Profile: Bread Co-op', id: 'c1' });
  });

  it('falls back to the profile when the posting is gone', () => {
    expect(subjectLink({ subject: 'NEED', coop, need: null }, tIn('en-GB'))).toEqual({ to: '/coops/bread-coop', label: 'Profile: Bread Co-op', id: 'c1' });
  });

  it('names it in the language shown', () => {
    expect(subjectLink({ subject: 'NEED', coop, need: { id: 'n1', title: 'Fan' } }, tIn('cy')).label).toBe('Angen: Fan');
    expect(subjectLink({ subject: 'COOP', coop }, tIn('cy')).label).toBe('Proffil: Bread Co-op');
  });
});
