#!/usr/bin/env bash
# Integration tests need a PostgreSQL server. Use TEST_DATABASE_URL when it is set; otherwise make
# sure one runs on 127.0.0.1:5432, starting it, or installing it from Debian, when it does not.
source "$(dirname "$0")/common.sh"

port_open() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "Using TEST_DATABASE_URL for integration tests."
  exit 0
fi
if port_open; then
  echo "PostgreSQL is running on 127.0.0.1:5432."
  exit 0
fi

installed_here=false
if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  echo "PostgreSQL is not installed; installing it from Debian's packages..."
  apt_install postgresql ||
    fail "Could not install PostgreSQL (needs root or sudo, and apt-get). Install PostgreSQL 15+ or set TEST_DATABASE_URL."
  installed_here=true
fi
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
if $installed_here; then
  # A server this script installed is a test server: let local TCP connections in without a password.
  sed -i '1i host all all 127.0.0.1/32 trust' "/etc/postgresql/${version}/main/pg_hba.conf"
fi
echo "Starting PostgreSQL ${version}..."
as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
  fail "Could not start PostgreSQL ${version}. Start it yourself or set TEST_DATABASE_URL."
for _ in $(seq 1 30); do port_open && { echo "PostgreSQL is up."; exit 0; }; sleep 1; done
fail "PostgreSQL did not accept connections on 127.0.0.1:5432 within 30 seconds."
