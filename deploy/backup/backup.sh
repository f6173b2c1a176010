#!/usr/bin/env bash
# Nightly backup of YektaYar (deploy/systemd/yektayar-backup.timer runs it): the PostgreSQL
# database as a pg_dump custom-format archive, and the uploaded files (DATA_DIR/files) as a
# tarball, side by side under BACKUP_DIR with the same timestamp; archives older than
# BACKUP_KEEP_DAYS are removed. Restore with deploy/backup/restore.sh.
#
# Settings come from the app's environment file (YY_ENV_FILE, default /etc/yektayar/yektayar.env):
#   DATABASE_URL        required (the embedded PGlite mode: see docs/DEPLOYMENT.md, "PGlite")
#   DATA_DIR            default ./data relative to the app's directory
#   BACKUP_DIR          default /var/backups/yektayar
#   BACKUP_KEEP_DAYS    default 14
# Uploads kept in S3 (FILE_STORAGE=s3) are not copied: back the bucket up on its side.
set -euo pipefail
umask 077

# shellcheck source=deploy/backup/backup-settings.sh
source "$(dirname "$0")/backup-settings.sh"
keep_days=${BACKUP_KEEP_DAYS:-14}

mkdir -p "$backup_dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
base="$backup_dir/yektayar-$stamp"

# Written under a temporary name and renamed when complete: a half-written archive never looks
# like a backup (and retention never keeps it in place of a good one).
pg_dump --format=custom --compress=6 --no-owner --no-privileges \
  --file="$base.dump.partial" "$DATABASE_URL"
mv "$base.dump.partial" "$base.dump"

if [[ -d $data_dir/files ]]; then
  tar --create --gzip --file="$base.files.tar.gz.partial" --directory="$data_dir" files
else
  tar --create --gzip --file="$base.files.tar.gz.partial" --files-from=/dev/null
fi
mv "$base.files.tar.gz.partial" "$base.files.tar.gz"

echo "backup: $base.dump ($(du -h "$base.dump" | cut -f1)), $base.files.tar.gz ($(du -h "$base.files.tar.gz" | cut -f1))"

find "$backup_dir" -maxdepth 1 -type f -name 'yektayar-*' -mtime "+$keep_days" -print -delete |
  sed 's/^/backup: removed old /'
find "$backup_dir" -maxdepth 1 -type f -name '*.partial' -mmin +60 -delete
