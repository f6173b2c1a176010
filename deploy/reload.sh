#!/usr/bin/env bash
# Zero-downtime reload of every instance, one after the other (after `npm run build`):
#   deploy/reload.sh            as the user running PM2 (yektayar)
# PM2 acts on two apps at once unless told otherwise, which would stop both instances together;
# PM2_CONCURRENT_ACTIONS=1 makes it wait for each to be back ('ready') before the next.
set -euo pipefail
cd "$(dirname "$0")/.."
PM2_CONCURRENT_ACTIONS=1 exec "${PM2_BIN:-pm2}" reload deploy/ecosystem.config.cjs "$@"
