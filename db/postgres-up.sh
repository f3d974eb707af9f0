#!/usr/bin/env bash
# Brings PostgreSQL up for the app and the tests, on any machine, and is safe to run twice:
#   1. a server already listening on $PGHOST:$PGPORT is used as it is;
#   2. otherwise, if a Docker engine answers, `docker compose up -d db`;
#   3. otherwise the locally installed server is started (Debian: pg_ctlcluster);
# then the app's role (with CREATEDB, for the tests' fresh databases) and database are created if missing.
set -euo pipefail

PGHOST="${PGHOST:-localhost}"
PGPORT="${PGPORT:-5432}"
APP_DB="${CAMPAIGN_DB_NAME:-campaign}"
APP_USER="${CAMPAIGN_DB_USER:-campaign}"
APP_PASSWORD="${CAMPAIGN_DB_PASSWORD:-campaign}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { echo "[postgres-up] $*"; }
die() { echo "[postgres-up] $*" >&2; exit 1; }

listening() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PGHOST" -p "$PGPORT"
  else
    (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null
  fi
}

wait_until_listening() {
  for _ in $(seq 1 60); do
    listening && return 0
    sleep 1
  done
  die "PostgreSQL did not answer on $PGHOST:$PGPORT within 60 s."
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else return 1; fi
}

mode=""
if listening; then
  say "using the server already listening on $PGHOST:$PGPORT"
  mode=running
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  say "starting PostgreSQL with docker compose"
  (cd "$root" && docker compose up -d db)
  wait_until_listening
  mode=docker
elif command -v pg_lsclusters >/dev/null 2>&1; then
  read -r version cluster < <(pg_lsclusters --no-header | awk -v port="$PGPORT" '$3 == port {print $1, $2; exit}')
  [[ -n "${version:-}" ]] || die "No local PostgreSQL cluster on port $PGPORT. Create one: pg_createcluster 15 main --start"
  say "starting the local PostgreSQL cluster $version/$cluster"
  as_root pg_ctlcluster "$version" "$cluster" start \
    || die "Could not start PostgreSQL $version/$cluster: run as root, or: sudo pg_ctlcluster $version $cluster start"
  wait_until_listening
  mode=local
else
  die "No PostgreSQL found. Install PostgreSQL 15+ (Debian/Ubuntu: apt-get install -y postgresql) or Docker with the compose plugin, then run this again."
fi

# Runs SQL as a superuser: the postgres OS user for a local server, the container's for Docker.
superuser_psql() {
  case "$mode" in
    docker) (cd "$root" && docker compose exec -T db psql -v ON_ERROR_STOP=1 -U postgres -d postgres -tA "$@") ;;
    *)
      if [[ $(id -u) -eq 0 ]] && id postgres >/dev/null 2>&1; then
        su postgres -c "psql -v ON_ERROR_STOP=1 -p $PGPORT -d postgres -tA $(printf '%q ' "$@")"
      elif command -v sudo >/dev/null 2>&1 && sudo -n -u postgres true 2>/dev/null; then
        sudo -n -u postgres psql -v ON_ERROR_STOP=1 -p "$PGPORT" -d postgres -tA "$@"
      else
        return 1
      fi ;;
  esac
}

if PGPASSWORD="$APP_PASSWORD" psql -h "$PGHOST" -p "$PGPORT" -U "$APP_USER" -d "$APP_DB" -tAc 'select 1' >/dev/null 2>&1; then
  say "role '$APP_USER' and database '$APP_DB' are ready"
  exit 0
fi

superuser_psql -c "select 1" >/dev/null \
  || die "Cannot act as the PostgreSQL superuser to create role '$APP_USER' and database '$APP_DB'. Create them yourself:
  CREATE ROLE $APP_USER LOGIN CREATEDB PASSWORD '...';  CREATE DATABASE $APP_DB OWNER $APP_USER;"

if [[ "$(superuser_psql -c "select 1 from pg_roles where rolname = '$APP_USER'")" != 1 ]]; then
  superuser_psql -c "create role \"$APP_USER\" login createdb password '$APP_PASSWORD'" >/dev/null
  say "created role '$APP_USER'"
fi
if [[ "$(superuser_psql -c "select 1 from pg_database where datname = '$APP_DB'")" != 1 ]]; then
  superuser_psql -c "create database \"$APP_DB\" owner \"$APP_USER\" encoding 'UTF8' template template0" >/dev/null
  say "created database '$APP_DB'"
fi
say "PostgreSQL is ready on $PGHOST:$PGPORT (database '$APP_DB', role '$APP_USER')"
