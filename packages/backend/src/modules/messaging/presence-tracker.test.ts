import { describe, expect, it } from 'vitest'
import type { PresenceStore } from '../../realtime/presence-store.ts'
import { memoryPresenceStore } from '../../realtime/presence-store.ts'
import { userRoom } from '../../realtime/socket-auth.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { onlineAmong } from './presence-tracker.ts'

/** The part of a Socket.IO server onlineAmong reads: this instance's rooms and their sockets. */
function serverWith(connected: string[]): AppServer {
  const rooms = new Map(connected.map((userId) => [userRoom(userId), new Set([`sid-${userId}`])]))
  return { of: () => ({ adapter: { rooms } }) } as unknown as AppServer
}

/** A shared store that records who it was asked about; `answer` decides what it says. */
function recordingStore(answer: (ids: string[]) => Promise<Map<string, number>>) {
  const asked: string[][] = []
  const store: PresenceStore = {
    ...memoryPresenceStore(),
    counts: (ids) => {
      asked.push(ids)
      return answer(ids)
    },
  }
  return { store, asked }
}

describe('onlineAmong', () => {
  it('knows people connected to this instance without asking the shared store', async () => {
    const { store, asked } = recordingStore(async () => new Map())
    const online = await onlineAmong({ io: serverWith(['ali', 'sara']), presence: store }, [
      'ali',
      'sara',
    ])
    expect(online).toEqual(['ali', 'sara'])
    expect(asked).toEqual([])
  })

  it('asks the shared store only about the others', async () => {
    const { store, asked } = recordingStore(async (ids) => new Map(ids.map((id) => [id, 1])))
    const online = await onlineAmong({ io: serverWith(['ali']), presence: store }, ['ali', 'reza'])
    expect(online).toEqual(['ali', 'reza'])
    expect(asked).toEqual([['reza']])
  })

  it('counts the others offline when the shared store fails, and keeps the local ones', async () => {
    const { store } = recordingStore(async () => {
      throw new Error('redis down')
    })
    const online = await onlineAmong({ io: serverWith(['ali']), presence: store }, ['ali', 'reza'])
    expect(online).toEqual(['ali'])
  })
})
