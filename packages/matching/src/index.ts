export * from './category-fit';
export * from './geo-fit';
export * from './score';
export * from './signals';
