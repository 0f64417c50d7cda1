import { isPagePath } from './pages';

describe('isPagePath', () => {
  it.each(['/', '/search', '/coops/suma', '/coops/suma/', '/coops/suma/needs/new', '/needs/3f2b', '/meetings/x/live', '/claims/confirm/abc'])('knows %s', (path) => {
    expect(isPagePath(path)).toBe(true);
  });

  it.each(['/nope', '/coops', '/coops/suma/nope', '/needs/1/2/3', '//search', '/coops//edit', '/admin/x', '/wp-login.php'])('refuses %s', (path) => {
    expect(isPagePath(path)).toBe(false);
  });
});
