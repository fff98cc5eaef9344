#!/usr/bin/env bash
# A real Tiny Tiny RSS server for the sync tests (tests/ttrss_server.py starts and stops its
# web server): Debian's tt-rss over PostgreSQL 15 on 127.0.0.1, with a database of its own
# (newsreader_ttrss, made afresh each run), the default admin / password account and API
# access on. Needs root and apt; idempotent. Articles are seeded by the tests through the
# database (tt-rss refuses to subscribe to loopback feeds, and update.php to run as root).
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "tests/ttrss/setup.sh: needs root" >&2; exit 1; }

packages=(postgresql tt-rss php-pgsql php-cli php-curl php-intl php-mbstring php-xml)
installed=$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -c 'install ok installed' || true)
if [ "$installed" != "${#packages[@]}" ]; then
  command -v apt-get >/dev/null || { echo "tests/ttrss/setup.sh: needs apt-get" >&2; exit 1; }
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_lsclusters -h | grep -q "^$version main .* online" || pg_ctlcluster "$version" main start

psql_root() { PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 "$@"; }
psql_root -c "DROP DATABASE IF EXISTS newsreader_ttrss" >/dev/null
psql_root -tAc "SELECT 1 FROM pg_roles WHERE rolname='newsreader_ttrss'" | grep -q 1 \
  || psql_root -c "CREATE ROLE newsreader_ttrss LOGIN PASSWORD 'newsreader-test'"
psql_root -c "CREATE DATABASE newsreader_ttrss OWNER newsreader_ttrss" >/dev/null
export PGPASSWORD=newsreader-test PGOPTIONS='-c client_min_messages=warning'
psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U newsreader_ttrss newsreader_ttrss \
  -f /usr/share/tt-rss/schema/ttrss_schema_pgsql.sql >/dev/null
psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U newsreader_ttrss newsreader_ttrss -c \
  "INSERT INTO ttrss_user_prefs (owner_uid, pref_name, profile, value)
   SELECT id, 'ENABLE_API_ACCESS', NULL, 'true' FROM ttrss_users WHERE login = 'admin'"

cat > /etc/tt-rss/database.php <<'PHP'
<?php
// written by newsreader's tests/ttrss/setup.sh
$dbuser='newsreader_ttrss';
$dbpass='newsreader-test';
$basepath='';
$dbname='newsreader_ttrss';
$dbserver='127.0.0.1';
$dbport='5432';
$dbtype='pgsql';
PHP
chmod 644 /etc/tt-rss/database.php
sed -i "s|define('SELF_URL_PATH', .*|define('SELF_URL_PATH', 'http://127.0.0.1/');|" /etc/tt-rss/config.php
sed -i "s|define('LOG_DESTINATION', .*|define('LOG_DESTINATION', '');|" /etc/tt-rss/config.php
touch /etc/tt-rss/newsreader-tests
echo "tests/ttrss/setup.sh: Tiny Tiny RSS ready (database newsreader_ttrss on 127.0.0.1)"
