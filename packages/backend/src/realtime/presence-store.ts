import { randomUUID } from 'node:crypto'
import type { Redis } from 'ioredis'

/**
 * Live connections per user, so several tabs and devices count as one presence. With Redis the
 * count spans instances; an instance that dies without cleaning up stops counting once its
 * heartbeat key expires.
 */
export interface PresenceStore {
  /** One more connection of this user; answers their connection count afterwards. */
  add(userId: string): Promise<number>
  /** One connection fewer; answers the count afterwards (0 means offline). */
  remove(userId: string): Promise<number>
  counts(userIds: string[]): Promise<Map<string, number>>
  close(): Promise<void>
}

export function memoryPresenceStore(): PresenceStore {
  const connections = new Map<string, number>()
  const adjust = async (userId: string, delta: number) => {
    const count = Math.max((connections.get(userId) ?? 0) + delta, 0)
    if (count === 0) connections.delete(userId)
    else connections.set(userId, count)
    return count
  }
  return {
    add: (userId) => adjust(userId, 1),
    remove: (userId) => adjust(userId, -1),
    async counts(userIds) {
      return new Map(userIds.map((id) => [id, connections.get(id) ?? 0]))
    },
    async close() {
      connections.clear()
    },
  }
}

const HEARTBEAT_MS = 10_000
const INSTANCE_TTL_MS = 30_000

// KEYS[1]: the user's hash (instance id → connections). ARGV: instance id, delta, the full
// prefix of instance heartbeat keys. Fields of instances without a heartbeat are dropped.
const ADJUST_SCRIPT = `
local n = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
if n <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
local total = 0
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  if fields[i] == ARGV[1] or redis.call('EXISTS', ARGV[3] .. fields[i]) == 1 then
    total = total + tonumber(fields[i + 1])
  else
    redis.call('HDEL', KEYS[1], fields[i])
  end
end
return total
`

// KEYS: users' hashes. ARGV[1]: the full prefix of instance heartbeat keys.
const COUNT_SCRIPT = `
local result = {}
for k = 1, #KEYS do
  local total = 0
  local fields = redis.call('HGETALL', KEYS[k])
  for i = 1, #fields, 2 do
    if redis.call('EXISTS', ARGV[1] .. fields[i]) == 1 then total = total + tonumber(fields[i + 1]) end
  end
  result[k] = total
end
return result
`

type PresenceRedis = Redis & {
  yyPresenceAdjust(key: string, instance: string, delta: number, prefix: string): Promise<number>
  yyPresenceCount(...args: (string | number)[]): Promise<number[]>
}

export function redisPresenceStore(redis: Redis, keyPrefix: string): PresenceStore {
  const client = redis as PresenceRedis
  if (!client.yyPresenceAdjust) {
    redis.defineCommand('yyPresenceAdjust', { numberOfKeys: 1, lua: ADJUST_SCRIPT })
    redis.defineCommand('yyPresenceCount', { lua: COUNT_SCRIPT })
  }
  const instanceId = randomUUID()
  // Scripts build heartbeat key names themselves, which ioredis does not prefix.
  const heartbeatPrefix = `${keyPrefix}presence:instance:`
  const heartbeatKey = `presence:instance:${instanceId}`
  const userKey = (userId: string) => `presence:user:${userId}`
  const beat = () => redis.set(heartbeatKey, '1', 'PX', INSTANCE_TTL_MS).catch(() => undefined)
  const started = beat()
  const timer = setInterval(beat, HEARTBEAT_MS)
  timer.unref()
  return {
    async add(userId) {
      await started
      return client.yyPresenceAdjust(userKey(userId), instanceId, 1, heartbeatPrefix)
    },
    remove: (userId) => client.yyPresenceAdjust(userKey(userId), instanceId, -1, heartbeatPrefix),
    async counts(userIds) {
      if (userIds.length === 0) return new Map()
      const totals = await client.yyPresenceCount(
        userIds.length,
        ...userIds.map(userKey),
        heartbeatPrefix,
      )
      return new Map(userIds.map((id, index) => [id, Number(totals[index] ?? 0)]))
    },
    async close() {
      clearInterval(timer)
      await redis.del(heartbeatKey).catch(() => undefined)
    },
  }
}
