export * from './validation/accounts';
export * from './validation/coop-input';
export * from './validation/pitch-time';
export * from './validation/posting-input';
export * from './validation/referral-input';
export * from './validation/search-input';
export * from './validation/user-errors';
export type * from './generated/graphql';
