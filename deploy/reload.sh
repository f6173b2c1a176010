#!/usr/bin/env bash
# Zero-downtime reload of every instance, one after the other (after `npm run build`), as the user
# running PM2 (PM2_HOME set): deploy/reload.sh
#
# For each instance of deploy/ecosystem.config.cjs: `pm2 reload --only` it (it drains, stops,
# starts again; PM2 returns once the new process has said 'ready'), wait until it answers /readyz,
# then two seconds more, so that Apache's health check (every second) has it back in rotation
# before the next instance starts draining. Without that pause both instances were out of Apache's
# rotation for up to a second at each step ("All workers are in error state": 19 of 3,821 requests
# answered 503 in one deploy:check run).
set -euo pipefail
cd "$(dirname "$0")/.."
pm2=${PM2_BIN:-pm2}
instances=$(node -e '
  for (const app of require("./deploy/ecosystem.config.cjs").apps) console.log(app.name, app.env.PORT)')
while read -r name port; do
  echo "reload: $name (port $port)"
  PM2_CONCURRENT_ACTIONS=1 "$pm2" reload deploy/ecosystem.config.cjs --only "$name" >/dev/null
  node -e '
    const url = `http://127.0.0.1:${process.argv[1]}/readyz`
    const until = Date.now() + 60_000
    const poll = () => fetch(url).then((r) => r.ok, () => false).then((ok) => {
      if (ok) process.exit(0)
      if (Date.now() > until) { console.error(`reload: ${url} not ready after 60 s`); process.exit(1) }
      setTimeout(poll, 200)
    })
    poll()' "$port"
  sleep 2
done <<<"$instances"
echo "reload: done"
