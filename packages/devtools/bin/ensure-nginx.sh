#!/usr/bin/env bash
# The load balancer (`pnpm scale:up`, the balancer tests and benchmarks) is Debian's nginx, with
# its brotli module where the release has one. Installs them when nginx is missing; never starts
# or changes the system's nginx (balancer.cjs runs its own, from a config in its run folder).
source "$(dirname "$0")/common.sh"

if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then
  echo "nginx is installed ($(/usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //'))."
  exit 0
fi
echo "nginx is not installed; installing it from Debian's packages..."
apt_install nginx || fail "Could not install nginx (needs root or sudo, and apt-get). Install nginx yourself."
# Brotli is a nice-to-have: gzip alone works where the release has no module for it.
apt_install libnginx-mod-http-brotli-filter || echo "(no brotli module for nginx here: gzip only)"
echo "nginx is installed."
