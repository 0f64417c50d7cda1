// The source language's files give every namespace its keys' types, so `t('…')` with a key that
// does not exist fails to compile. i18n.test.ts checks that every namespace is listed here.
import 'i18next';
import type app from '../app/locales/en-GB.json';
import type lib from '../lib/locales/en-GB.json';
import type accounts from '../features/accounts/locales/en-GB.json';
import type claims from '../features/claims/locales/en-GB.json';
import type commonGround from '../features/common-ground/locales/en-GB.json';
import type coops from '../features/coops/locales/en-GB.json';
import type councils from '../features/councils/locales/en-GB.json';
import type directory from '../features/directory/locales/en-GB.json';
import type home from '../features/home/locales/en-GB.json';
import type inbox from '../features/inbox/locales/en-GB.json';
import type matching from '../features/matching/locales/en-GB.json';
import type meetings from '../features/meetings/locales/en-GB.json';
import type members from '../features/members/locales/en-GB.json';
import type moderation from '../features/moderation/locales/en-GB.json';
import type pitch from '../features/pitch/locales/en-GB.json';
import type pitchRound from '../features/pitch-round/locales/en-GB.json';
import type postings from '../features/postings/locales/en-GB.json';
import type referrals from '../features/referrals/locales/en-GB.json';
import type search from '../features/search/locales/en-GB.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: {
      app: typeof app;
      lib: typeof lib;
      accounts: typeof accounts;
      claims: typeof claims;
      'common-ground': typeof commonGround;
      coops: typeof coops;
      councils: typeof councils;
      directory: typeof directory;
      home: typeof home;
      inbox: typeof inbox;
      matching: typeof matching;
      meetings: typeof meetings;
      members: typeof members;
      moderation: typeof moderation;
      pitch: typeof pitch;
      'pitch-round': typeof pitchRound;
      postings: typeof postings;
      referrals: typeof referrals;
      search: typeof search;
    };
  }
}
