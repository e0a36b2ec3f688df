#!/usr/bin/env bash
# Restore drill (issue 13), run by .ci/run: a database with an organization and its audit trail is backed up with
# ops/backup.sh, restored into a fresh database with ops/restore.sh, and the restored copy must hold the same rows
# and an intact audit-trail hash chain (`toitsu audit-trail verify`, exit 0).
#   usage: ops/restore-drill.sh JAR OWNER_ROLE OWNER_PASSWORD APP_ROLE APP_PASSWORD
# Needs a PostgreSQL server on PGHOST/PGPORT (default 127.0.0.1:5432) where OWNER_ROLE may create databases.
set -euo pipefail
jar=$1 owner=$2 owner_password=$3 app=$4 app_password=$5
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=$owner PGPASSWORD=$owner_password PGDATABASE=postgres
source_db=toitsu_drill_src_$$
restored_db=toitsu_drill_restored_$$
work=$(mktemp -d)
cleanup() {
  dropdb --if-exists "$source_db" >/dev/null 2>&1 || true
  dropdb --if-exists "$restored_db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

toitsu() { # DATABASE ARGS...: the command line against DATABASE, migrations as the owner, work as the app role
  local db=$1
  shift
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME=$app \
    SPRING_DATASOURCE_PASSWORD=$app_password SPRING_FLYWAY_USER=$owner SPRING_FLYWAY_PASSWORD=$owner_password \
    TOITSU_SECRET_KEY=restore-drill-secret-key-0123456789abcdef java -jar "$jar" "$@"
}
counts() {
  psql -X -q -t -A -d "$1" -c "select 'audit_event', count(*) from audit_event union all
    select 'person', count(*) from person union all select 'unit', count(*) from unit order by 1"
}

createdb --template=template0 --encoding=UTF8 "$source_db"
toitsu "$source_db" demo generate --code drill --staff 500 --units 20 --seed 7 >"$work/generate.log"
toitsu "$source_db" audit-trail verify | tee "$work/source.txt"

dump=$(ops/backup.sh "$source_db" "$work")
ops/restore.sh "$dump" "$restored_db"
toitsu "$restored_db" audit-trail verify | tee "$work/restored.txt"

diff <(counts "$source_db") <(counts "$restored_db")
diff <(grep -v '^$' "$work/source.txt") <(grep -v '^$' "$work/restored.txt")
grep -q 'intact' "$work/restored.txt"
echo "restore drill: $(counts "$restored_db" | tr '\n' ' ')— identical, audit trail intact"
