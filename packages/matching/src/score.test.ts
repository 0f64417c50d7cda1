import { categoryCloseness, categoryFit, CLOSENESS } from './category-fit';
import { geoFit, GEO } from './geo-fit';
import { combineScore, isCandidate, WEIGHTS, type ScoreParts } from './score';
import { feedbackFit, reciprocityFit, recencyFit, textFit, TEXT_HALF_RANK } from './signals';

const none: ScoreParts = { text: 0, category: 0, geo: 0, recency: 0, reciprocity: 0, feedback: 0 };

describe('categoryCloseness', () => {
  it('is 1 for the same code and for a provider inside the need’s category', () => {
    expect(categoryCloseness('62012', '62012')).toBe(1);
    expect(categoryCloseness('62', '62012')).toBe(1);
    expect(categoryCloseness('J', '62012')).toBe(1);
  });
  it('steps down with taxonomy distance', () => {
    expect(categoryCloseness('62012', '62')).toBe(CLOSENESS.broaderDivision);
    expect(categoryCloseness('62012', '62020')).toBe(CLOSENESS.sameDivision);
    expect(categoryCloseness('62', '63')).toBe(CLOSENESS.sameSection);
    expect(categoryCloseness('62012', 'J')).toBe(CLOSENESS.sameSection);
    expect(categoryCloseness('62012', '18')).toBe(0);
  });
});

describe('categoryFit', () => {
  it('takes the best pair and names the provider codes that reached it', () => {
    expect(categoryFit(['18', '73'], ['62012', '18130', '18110'])).toEqual({ score: 1, sharedCodes: ['18130', '18110'] });
    expect(categoryFit(['18'], ['62'])).toEqual({ score: 0, sharedCodes: [] });
    expect(categoryFit([], ['62'])).toEqual({ score: 0, sharedCodes: [] });
  });
});

describe('geoFit', () => {
  const leeds = { latitude: 53.8, longitude: -1.55 };
  const york = { latitude: 53.96, longitude: -1.08 }; // about 36 km from Leeds
  it('fits every provider fully for a need that may be met anywhere', () => {
    expect(geoFit({ latitude: null, longitude: null, radiusKm: null }, { ...york, radiusKm: null })).toEqual({ score: 1, distanceKm: null });
  });
  it('fades from the centre of the need’s circle to its edge, and is 0 outside', () => {
    const near = geoFit({ ...leeds, radiusKm: 50 }, { ...york, radiusKm: null });
    expect(near.distanceKm).toBeCloseTo(35.6, 0);
    expect(near.score).toBeCloseTo(1 - GEO.fadeToEdge * (near.distanceKm! / 50), 6);
    expect(geoFit({ ...leeds, radiusKm: 20 }, { ...york, radiusKm: null }).score).toBe(0);
    expect(geoFit({ ...leeds, radiusKm: 20 }, { ...leeds, radiusKm: null }).score).toBe(1);
  });
  it('counts a provider whose own area reaches into the circle, and one that serves anywhere', () => {
    expect(geoFit({ ...leeds, radiusKm: 20 }, { ...york, radiusKm: 20 }).score).toBe(GEO.reachesInto);
    expect(geoFit({ ...leeds, radiusKm: 20 }, { latitude: null, longitude: null, radiusKm: null }).score).toBe(GEO.servesAnywhere);
  });
});

describe('signals', () => {
  it('maps text rank onto 0..1 in order, 0.5 at the half rank', () => {
    expect(textFit(0)).toBe(0);
    expect(textFit(TEXT_HALF_RANK)).toBeCloseTo(0.5);
    expect(textFit(0.2)).toBeGreaterThan(textFit(0.1));
    expect(textFit(10)).toBeLessThan(1);
  });
  it('halves recency every 30 days', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(recencyFit(now, now)).toBe(1);
    expect(recencyFit(new Date('2026-10-24T00:00:00Z'), now)).toBeCloseTo(0.5);
    expect(recencyFit(new Date('2026-12-01T00:00:00Z'), now)).toBe(1);
  });
  it('grows reciprocity with past dealings, a fulfilled need counting double', () => {
    expect(reciprocityFit({ introductions: 0, fulfilledNeeds: 0 })).toBe(0);
    expect(reciprocityFit({ introductions: 1, fulfilledNeeds: 0 })).toBe(0.5);
    expect(reciprocityFit({ introductions: 0, fulfilledNeeds: 1 })).toBe(0.75);
  });
  it('learns from the co-op’s own feedback: not relevant outweighs saved', () => {
    expect(feedbackFit({ notRelevant: 0, saved: 0 })).toBe(0);
    expect(feedbackFit({ notRelevant: 1, saved: 3 })).toBe(-0.75);
    expect(feedbackFit({ notRelevant: 2, saved: 0 })).toBe(-1);
    expect(feedbackFit({ notRelevant: 0, saved: 1 })).toBe(0.25);
  });
});

describe('combineScore', () => {
  it('is the weighted sum of the parts', () => {
    const parts = { text: 0.5, category: 1, geo: 1, recency: 0.5, reciprocity: 0, feedback: -1 };
    expect(combineScore(parts)).toBeCloseTo(
      0.5 * WEIGHTS.text + WEIGHTS.category + WEIGHTS.geo + 0.5 * WEIGHTS.recency - WEIGHTS.feedback,
    );
  });
  it('lets one "not relevant" push an otherwise good match below a plain one', () => {
    const good = { ...none, text: 0.8, category: 1, geo: 1 };
    const plain = { ...none, text: 0.4, category: 0.6, geo: 1 };
    expect(combineScore({ ...good, feedback: feedbackFit({ notRelevant: 1, saved: 0 }) })).toBeLessThan(combineScore(plain));
  });
  it('needs shared words or categories, and a place the provider serves', () => {
    expect(isCandidate({ ...none, geo: 1, recency: 1, reciprocity: 1 })).toBe(false);
    expect(isCandidate({ ...none, text: 0.3, geo: 0 })).toBe(false);
    expect(isCandidate({ ...none, category: 0.3, geo: 0.5 })).toBe(true);
  });
});
