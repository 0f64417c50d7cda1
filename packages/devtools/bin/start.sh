#!/usr/bin/env bash
# `npm start`: install, build the web app, and serve it with the API on one port. Without
# DATABASE_URL the embedded PostgreSQL (PGlite) is used, keeping its data in .data/.
source "$(dirname "$0")/common.sh"
step "Installing dependencies"
pnpm install --frozen-lockfile
step "Building the web app"
pnpm build
step "Starting Principle Six"
NODE_ENV="${NODE_ENV:-production}" pnpm --filter @principle-six/api start
