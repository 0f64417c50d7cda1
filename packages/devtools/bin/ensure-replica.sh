#!/usr/bin/env bash
# `pnpm replica:up`: a streaming hot standby of this machine's PostgreSQL (127.0.0.1:5432) on
# 127.0.0.1:${REPLICA_PORT:-5433}, made the way PostgreSQL documents it: a second cluster
# (Debian's pg_createcluster, named "replica") filled by pg_basebackup with -R, which writes
# standby.signal and primary_conninfo, through a physical replication slot so the primary keeps
# the log the standby has not received yet. Nothing is done when the standby already runs.
#
# The integration tests and `npm test` call it (after ensure-postgres.sh); the API reads from it
# with DATABASE_REPLICA_URL=postgresql://postgres@127.0.0.1:5433/<database>.
# Stop and start it with: pg_ctlcluster <version> replica stop|start
source "$(dirname "$0")/common.sh"

PRIMARY_PORT=5432
REPLICA_PORT="${REPLICA_PORT:-5433}"
SLOT=p6_replica

sql() { psql -X -A -t -q -h 127.0.0.1 -U postgres -d postgres -p "$1" -c "$2" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [ -n "${TEST_REPLICA_URL:-}" ]; then
  echo "Using TEST_REPLICA_URL for the read replica."
  exit 0
fi
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  fail "TEST_DATABASE_URL names another PostgreSQL server: set TEST_REPLICA_URL to a streaming replica of it too."
fi
if port_open "$REPLICA_PORT" && [ "$(sql "$REPLICA_PORT" 'SELECT pg_is_in_recovery()')" = "t" ]; then
  echo "The read replica (a hot standby of :$PRIMARY_PORT) is running on 127.0.0.1:$REPLICA_PORT."
  exit 0
fi
port_open "$PRIMARY_PORT" || fail "PostgreSQL is not running on 127.0.0.1:$PRIMARY_PORT (packages/devtools/bin/ensure-postgres.sh starts it)."
command -v pg_createcluster >/dev/null ||
  fail "A replica on this machine needs Debian's PostgreSQL tools (pg_createcluster); set TEST_REPLICA_URL to use another replica."
# The version of the cluster that serves port 5432 (not simply the newest installed).
version="$(pg_lsclusters -h 2>/dev/null | awk -v port="$PRIMARY_PORT" '$3 == port { print $1; exit }')"
[ -n "$version" ] || version="$(ls /etc/postgresql | sort -V | tail -n 1)"
bin="/usr/lib/postgresql/${version}/bin"
data="/var/lib/postgresql/${version}/replica"
conf="/etc/postgresql/${version}/replica"

# The primary must let the standby connect for replication from this machine: the server's own
# user, from 127.0.0.1 only. ("all" in pg_hba.conf does not cover replication connections.)
hba="/etc/postgresql/${version}/main/pg_hba.conf"
if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+(all|postgres)[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba"; then
  # Only where local TCP connections are already trusted (a test server, as ensure-postgres.sh
  # sets one up): a server that asks for passwords is not weakened behind its owner's back.
  grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba" ||
    fail "The primary asks for passwords from 127.0.0.1; allow replication for the standby yourself (pg_hba.conf), or set TEST_REPLICA_URL."
  echo "Letting the local standby replicate from the primary (pg_hba.conf)..."
  as_root sed -i '1i host replication postgres 127.0.0.1/32 trust' "$hba"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
fi

is_standby() { [ "$(sql "$REPLICA_PORT" 'SELECT pg_is_in_recovery()')" = "t" ]; }
# A standby made earlier whose server is stopped (a reboot, or a CI run after the session that made
# it) starts again and catches up through its slot: much quicker than copying the primary anew.
if [ -f "$data/standby.signal" ]; then
  echo "Starting the read replica made earlier..."
  if as_root pg_ctlcluster --skip-systemctl-redirect "$version" replica start 2>/dev/null || port_open "$REPLICA_PORT"; then
    for _ in $(seq 1 30); do
      is_standby && { echo "The read replica is streaming on 127.0.0.1:${REPLICA_PORT}."; exit 0; }
      sleep 1
    done
  fi
  echo "It did not come back as a standby: making it again."
fi

echo "Making a read replica of PostgreSQL ${version} on port ${REPLICA_PORT} (pg_basebackup)..."
if [ -d "$conf" ]; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" replica stop 2>/dev/null || true
else
  as_root pg_createcluster "$version" replica -p "$REPLICA_PORT" >/dev/null
fi
# The standby answers the same people as the primary, and follows it without slowing it:
# hot_standby_feedback keeps the primary's vacuum from removing rows a standby query still reads
# (else long reads there are cancelled); wal_receiver_status_interval reports progress every
# second, for the lag figures.
as_root cp "$hba" "$conf/pg_hba.conf"
as_root tee "$conf/conf.d/principle-six-replica.conf" >/dev/null <<CONF
port = ${REPLICA_PORT}
hot_standby = on
hot_standby_feedback = on
wal_receiver_status_interval = 1s
CONF
[ "$(sql "$PRIMARY_PORT" "SELECT count(*) FROM pg_replication_slots WHERE slot_name = '$SLOT'")" = "1" ] &&
  sql "$PRIMARY_PORT" "SELECT pg_drop_replication_slot('$SLOT')" >/dev/null
as_root find "$data" -mindepth 1 -delete
as_root runuser -u postgres -- "$bin/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres \
  -D "$data" -R -X stream -C -S "$SLOT" --checkpoint=fast ||
  fail "pg_basebackup could not copy the primary."
as_root pg_ctlcluster --skip-systemctl-redirect "$version" replica start ||
  fail "The replica did not start: see /var/log/postgresql/postgresql-${version}-replica.log"
for _ in $(seq 1 60); do
  if is_standby; then
    echo "The read replica is streaming on 127.0.0.1:${REPLICA_PORT}."
    exit 0
  fi
  sleep 1
done
fail "The replica did not accept connections on 127.0.0.1:${REPLICA_PORT} within 60 seconds."
