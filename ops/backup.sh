#!/usr/bin/env bash
# Backs up a toitsu database: everything toitsu keeps (records, uploaded files, audit trail, sessions) is in it.
#   usage: ops/backup.sh DATABASE [DIRECTORY]
# Connection through the libpq environment: PGHOST, PGPORT, PGUSER (the owner role), PGPASSWORD.
# Writes DIRECTORY/toitsu-DATABASE-<UTC time>.dump (pg_dump custom format) and its .sha256, and prints the path.
# The archive is listed once before it is kept, so that a truncated dump never looks like a backup.
set -euo pipefail
db=${1:?usage: ops/backup.sh DATABASE [DIRECTORY]}
dir=${2:-.}
mkdir -p "$dir"
file="$dir/toitsu-$db-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --compress=6 --file="$file.partial" "$db"
pg_restore --list "$file.partial" >/dev/null
mv "$file.partial" "$file"
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" >"$(basename "$file").sha256")
echo "$file"
