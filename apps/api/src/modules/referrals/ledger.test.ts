import { lastMonths, medianOfHistogram } from './ledger';

describe('medianOfHistogram', () => {
  it('gives the lower median of whole days, as percentile_disc(0.5) does', () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ days: 3, count: 0 }])).toBeNull();
    expect(medianOfHistogram([{ days: 2, count: 1 }, { days: 5, count: 1 }, { days: 9, count: 1 }])).toBe(5);
    // Four values 1, 1, 4, 8: the lower of the middle two.
    expect(medianOfHistogram([{ days: 8, count: 1 }, { days: 1, count: 2 }, { days: 4, count: 1 }])).toBe(1);
    expect(medianOfHistogram([{ days: 0, count: 10 }, { days: 30, count: 11 }])).toBe(30);
  });
});

describe('lastMonths', () => {
  it('lists twelve month starts, oldest first, across a year boundary', () => {
    const months = lastMonths(new Date('2026-02-15T12:00:00Z'));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-03-01');
    expect(months.at(-1)).toBe('2026-02-01');
  });
});
