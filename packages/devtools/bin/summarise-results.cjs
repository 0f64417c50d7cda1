// Prints the tests per level and a closing "N passed, N failed" line from the JSON results of
// Jest and Playwright. Exits non-zero if any test failed or a level ran no test.
const { readFileSync } = require('node:fs');
const path = require('node:path');

const dir = process.argv[2];
const read = (file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

const levels = [];
for (const [label, file] of [['unit', 'unit.json'], ['integration', 'integration.json']]) {
  const r = read(file);
  levels.push({ label, passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests });
}
const e2e = read('e2e.json').stats;
levels.push({ label: 'browser', passed: e2e.expected, failed: e2e.unexpected + e2e.flaky, skipped: e2e.skipped });

for (const l of levels) console.log(`${l.label.padEnd(12)} ${l.passed} passed, ${l.failed} failed, ${l.skipped} skipped`);
const total = (key) => levels.reduce((sum, l) => sum + l[key], 0);
console.log(`tests: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exit(total('failed') > 0 || levels.some((l) => l.passed === 0) ? 1 : 0);
