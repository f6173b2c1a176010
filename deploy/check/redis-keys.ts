import { spawnSync } from 'node:child_process'

/** Deletes every key under a scratch deployment's REDIS_KEY_PREFIX; answers how many. */
export function removeRedisKeys(redisUrl: string, prefix: string): number {
  const keys = spawnSync('redis-cli', ['-u', redisUrl, '--scan', '--pattern', `${prefix}*`], {
    encoding: 'utf8',
  })
    .stdout?.split('\n')
    .filter(Boolean)
  for (let i = 0; keys && i < keys.length; i += 500) {
    spawnSync('redis-cli', ['-u', redisUrl, 'del', ...keys.slice(i, i + 500)], { stdio: 'ignore' })
  }
  return keys?.length ?? 0
}
