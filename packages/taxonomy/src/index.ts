export * from './categories';
export * from './coop-types';
export * from './ica-activities';
export * from './sic-divisions';
export * from './sic-sections';
export * from './countries';
export * from './sic-classes';
export * from './cpv-to-sic';
