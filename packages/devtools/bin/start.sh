#!/usr/bin/env bash
# `npm start`: install, build the web app, and serve it with the API on one port. Without
# DATABASE_URL the embedded PostgreSQL (PGlite) is used, keeping its data in .data/.
source "$(dirname "$0")/common.sh"
step "Installing dependencies"
pnpm install --frozen-lockfile
step "Building the web app and compiling the API"
pnpm build
step "Starting Principle Six"
# The API runs compiled (apps/api/dist, from `pnpm build`) under supervise.cjs, which starts it
# again if it crashes and passes Ctrl-C and SIGTERM on. Node runs it directly (no pnpm wrapper
# process in between), so the supervisor sees the API's own exit code or signal.
cd "$ROOT/apps/api"
export NODE_ENV="${NODE_ENV:-production}"
exec node "$ROOT/packages/devtools/bin/supervise.cjs" --name "the API" -- node --enable-source-maps dist/main.js
