#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server for tests and prints its URL on stdout.
# Usage: scripts/pg-sementara.sh [PORT]   (stop it with: scripts/pg-sementara.sh stop [PORT])
# Installs the Debian package when missing (CI on a fresh Debian 12 machine).
# Tests run with fsync, synchronous_commit and full_page_writes off (fast, not crash-safe). For a
# benchmark whose commit figures mean something, PG_FSYNC=on keeps PostgreSQL's durable defaults.
set -euo pipefail
if [ "${1:-}" = "stop" ]; then
  port=${2:-55432}; dir=/tmp/simasn-pg-$port
  [ -d "$dir" ] && su postgres -s /bin/sh -c "/usr/lib/postgresql/15/bin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$dir"; exit 0
fi
port=${1:-55432}
bin=/usr/lib/postgresql/15/bin
if [ ! -x "$bin/postgres" ]; then
  echo "PostgreSQL 15 belum terpasang; memasang dari paket Debian..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y postgresql-15 postgresql-contrib >&2 || { apt-get update >&2 && apt-get install -y postgresql-15 postgresql-contrib >&2; }
fi
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
dir=/tmp/simasn-pg-$port
if [ -d "$dir" ]; then run "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$dir"; fi
mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres "$dir"
run "$bin/initdb -D $dir/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
cepat='-c fsync=off -c synchronous_commit=off -c full_page_writes=off'
[ "${PG_FSYNC:-off}" = on ] && cepat=''
run "$bin/pg_ctl -D $dir/data -l $dir/log -w -o '-p $port -k $dir -c listen_addresses=127.0.0.1 $cepat -c max_connections=200' start" >/dev/null
echo "postgres://postgres@127.0.0.1:$port/postgres"
