import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What WCAG 2.2 A and AA ask, and axe's own best practices (landmarks, headings, regions). */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as it is now and fails with each violation's rule, its impact and the
 * elements it was found on. Call it once a page has drawn what it is for (after the assertion
 * that its content is there), in every journey, on every page the journey visits.
 */
export async function expectAccessible(page: Page, what = new URL(page.url()).pathname): Promise<void> {
  // Mantine's transitions leave elements half-faded for 150 ms; axe would measure the fade.
  await page.waitForTimeout(250);
  const results = await new AxeBuilder({ page }).withTags(RULES).analyze();
  const problems = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`)
        .join(' | ')}`,
  );
  expect(problems, `accessibility problems on ${what}`).toEqual([]);
}
