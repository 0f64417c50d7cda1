#!/usr/bin/env bash
# `npm test`: install everything, then typecheck, lint, and run unit, integration and browser
# tests. Ends with one line of totals.
source "$(dirname "$0")/common.sh"
RESULTS="$ROOT/.data/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
started=$SECONDS

step "Installing dependencies"
pnpm install --frozen-lockfile
step "Checking services: PostgreSQL, its read replica, nginx and Chromium"
bash packages/devtools/bin/ensure-postgres.sh
bash packages/devtools/bin/ensure-replica.sh
bash packages/devtools/bin/ensure-nginx.sh
bash packages/devtools/bin/ensure-chromium.sh
step "Typecheck"
pnpm typecheck
step "Lint"
pnpm lint
step "Unit tests (Jest)"
pnpm test:unit --json --outputFile="$RESULTS/unit.json"
step "Integration tests (Jest, real PostgreSQL and PGlite)"
pnpm test:integration --json --outputFile="$RESULTS/integration.json"
step "Building the web app"
pnpm build
step "Browser tests (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" pnpm test:e2e

step "Summary ($((SECONDS - started)) s)"
node packages/devtools/bin/summarise-results.cjs "$RESULTS"
