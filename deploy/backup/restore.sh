#!/usr/bin/env bash
# Restores a backup made by deploy/backup/backup.sh:
#   deploy/backup/restore.sh /var/backups/yektayar/yektayar-20261207T031500Z
# (the path without .dump / .files.tar.gz; `latest` picks the newest in BACKUP_DIR).
#
# Stop the app first (`pm2 stop yektayar`): the database named by DATABASE_URL is dropped and
# created again from the archive, and DATA_DIR/files is replaced by the archived files (the
# current folder is kept beside it as files.before-restore-<time>). Then start the app: it
# migrates the restored schema forward if the code is newer than the backup.
#
# Settings as for backup.sh (YY_ENV_FILE). The database user needs CREATEDB, or create the empty
# database yourself as its owner and pass --no-create.
set -euo pipefail
umask 077

# shellcheck source=deploy/backup/backup-settings.sh
source "$(dirname "$0")/backup-settings.sh"

create=1
args=()
for arg in "$@"; do
  case $arg in
    --no-create) create=0 ;;
    *) args+=("$arg") ;;
  esac
done
base=${args[0]:?usage: restore.sh <backup path without extension | latest> [--no-create]}
if [[ $base == latest ]]; then
  newest=$(ls -1 "$backup_dir"/yektayar-*.dump 2>/dev/null | sort | tail -n1)
  [[ -n $newest ]] || { echo "restore: no backup in $backup_dir" >&2; exit 1; }
  base=${newest%.dump}
fi
base=${base%.dump}
base=${base%.files.tar.gz}
[[ -r $base.dump ]] || { echo "restore: $base.dump not found" >&2; exit 1; }
pg_restore --list "$base.dump" >/dev/null # a damaged archive stops here, before anything is dropped

# The database's name, and a URL to the server's maintenance database to drop and create it.
db_name=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).pathname.slice(1)))' "$DATABASE_URL")
admin_url=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/postgres"; console.log(u.href)' "$DATABASE_URL")

if ((create)); then
  echo "restore: dropping and creating database $db_name"
  psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 "$admin_url" \
    -c "DROP DATABASE IF EXISTS \"$db_name\" WITH (FORCE)" -c "CREATE DATABASE \"$db_name\""
fi
echo "restore: loading $base.dump"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$DATABASE_URL" "$base.dump"

if [[ -r $base.files.tar.gz ]]; then
  mkdir -p "$data_dir"
  if [[ -e $data_dir/files ]]; then
    aside="$data_dir/files.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mv "$data_dir/files" "$aside"
    echo "restore: previous files kept at $aside"
  fi
  tar --extract --gzip --file="$base.files.tar.gz" --directory="$data_dir"
  mkdir -p "$data_dir/files"
  echo "restore: files restored into $data_dir/files ($(find "$data_dir/files" -type f | wc -l) files)"
else
  echo "restore: no $base.files.tar.gz; files left as they are"
fi
echo "restore: done; start the app (systemctl start yektayar)"
