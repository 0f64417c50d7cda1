import { activeFilterCount, DEFAULT_RADIUS_KM, readSearchState, toSearchInput, writeSearchState, type SearchState } from './search-params';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('a search in the URL', () => {
  it('reads every filter, repeated ones as lists', () => {
    const state = read('q=printing&category=18&category=69202&type=WORKER&country=GB&region=Wales&near=Cardiff&km=50&sort=DISTANCE&view=map');
    expect(state).toEqual<SearchState>({
      text: 'printing',
      categoryCodes: ['18', '69202'],
      coopTypes: ['WORKER'],
      countryCodes: ['GB'],
      regions: ['Wales'],
      near: 'Cardiff',
      radiusKm: 50,
      sort: 'DISTANCE',
      after: null,
      view: 'map',
    });
  });

  it('falls back to the defaults for what is missing or not understood', () => {
    const state = read('km=-3&sort=LOUDEST&view=table');
    expect(state.radiusKm).toBe(DEFAULT_RADIUS_KM);
    expect(state.sort).toBe('RELEVANCE');
    expect(state.view).toBe('list');
    expect(state.text).toBe('');
  });

  it('writes back to the same URL, leaving defaults out so shared links stay short', () => {
    const query = 'q=printing&category=18&type=WORKER&near=Cardiff&km=50&sort=DISTANCE&view=map';
    expect(writeSearchState(read(query)).toString()).toBe(query);
    expect(writeSearchState(read('q=printing&km=25&sort=RELEVANCE&view=list')).toString()).toBe('q=printing');
  });

  it('drops the distance when no place is chosen, and trims the words', () => {
    expect(writeSearchState({ ...read(''), text: '  bread ', radiusKm: 80 }).toString()).toBe('q=bread');
  });

  it('becomes the API input: no place means no distance filter', () => {
    expect(toSearchInput(read('q=printing')).near).toBeNull();
    expect(toSearchInput(read('near=%20Leeds%20&km=10')).near).toEqual({ place: 'Leeds', radiusKm: 10 });
    expect(toSearchInput(read('')).text).toBeNull();
  });
});

describe('the number on the phone’s Filters button', () => {
  it('counts each chosen category, kind, country and region, and a place', () => {
    expect(activeFilterCount(read('q=printing'))).toBe(0);
    expect(activeFilterCount(read('category=18&category=69&type=WORKER&country=GB&region=Wales&near=Leeds'))).toBe(6);
  });

  it('does not count the order or the view, which do not narrow anything', () => {
    expect(activeFilterCount(read('sort=NEWEST&view=map&km=80'))).toBe(0);
  });
});
