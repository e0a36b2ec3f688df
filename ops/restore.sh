#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a NEW database, owned by the connecting role (PGUSER).
#   usage: ops/restore.sh DUMP_FILE NEW_DATABASE
# The application role keeps its grants (they are in the dump; the role must exist on the server). Start toitsu on
# the new database afterwards: Flyway applies any newer migrations, then run `toitsu audit-trail verify`.
set -euo pipefail
dump=${1:?usage: ops/restore.sh DUMP_FILE NEW_DATABASE}
db=${2:?usage: ops/restore.sh DUMP_FILE NEW_DATABASE}
if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256")
fi
createdb --template=template0 --encoding=UTF8 "$db"
pg_restore --exit-on-error --no-owner --role="${PGUSER:-$(id -un)}" --dbname="$db" "$dump"
echo "restored $dump into $db"
