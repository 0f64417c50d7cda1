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
# Debian's package starts the system's nginx (its default site on port 80) as it installs; this
# project runs its own nginx from a config of its own, so the start is refused for the install
# (policy-rc.d exiting 101 is Debian's way to say "do not start services now").
policy=/usr/sbin/policy-rc.d
added_policy=false
if [ ! -e "$policy" ] && [ "$(id -u)" = 0 ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && added_policy=true
fi
installed=true
apt_install nginx || installed=false
# Brotli is a nice-to-have: gzip alone works where the release has no module for it.
$installed && { apt_install libnginx-mod-http-brotli-filter || echo "(no brotli module for nginx here: gzip only)"; }
$added_policy && rm -f "$policy"
$installed || fail "Could not install nginx (needs root or sudo, and apt-get). Install nginx yourself."
echo "nginx is installed."
