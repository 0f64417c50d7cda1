#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
source "$(dirname "$0")/common.sh"
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then
  echo "Chromium: $("$CHROMIUM_PATH" --version 2>/dev/null || echo "$CHROMIUM_PATH")"
  exit 0
fi
echo "Chromium is not installed; installing it from Debian's packages..."
apt_install chromium ||
  fail "Could not install Chromium (needs root or sudo, and apt-get). Install it or set CHROMIUM_PATH."
[ -x "$CHROMIUM_PATH" ] || fail "Chromium was installed but is not at $CHROMIUM_PATH; set CHROMIUM_PATH."
echo "Chromium: $("$CHROMIUM_PATH" --version)"
