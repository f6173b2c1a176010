# Sourced by backup.sh and restore.sh: the app's environment file (YY_ENV_FILE, default
# /etc/yektayar/yektayar.env) and the settings both read from it. Sets app_dir, env_file,
# data_dir and backup_dir; DATABASE_URL must be set.
app_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
env_file=${YY_ENV_FILE:-/etc/yektayar/yektayar.env}
if [[ -r $env_file ]]; then
  set -a
  # shellcheck disable=SC1090
  source "$env_file"
  set +a
fi
: "${DATABASE_URL:?DATABASE_URL is not set (in $env_file or the environment)}"
data_dir=${DATA_DIR:-./data}
[[ $data_dir == /* ]] || data_dir="$app_dir/$data_dir"
backup_dir=${BACKUP_DIR:-/var/backups/yektayar}
