import { describe, expect, it } from 'vitest'
import {
  ackOutgoing,
  addOutgoing,
  discardOutgoing,
  dueForSending,
  EMPTY_QUEUE,
  failOutgoing,
  keepAuthor,
  markSending,
  outgoingIn,
  requeueOutgoing,
  retryOutgoing,
  type SendQueue,
} from './send-queue.ts'

const message = (clientId: string, threadId = 't1', authorId = 'me') => ({
  clientId,
  threadId,
  content: `سلام ${clientId}`,
  authorId,
  createdAt: '2026-11-24T10:00:00.000Z',
})

const statuses = (queue: SendQueue) => queue.map((item) => `${item.clientId}:${item.status}`)

describe('the pending-send queue', () => {
  it('adds a message as pending, once per client id, in the order written', () => {
    let queue = addOutgoing(EMPTY_QUEUE, message('a'))
    queue = addOutgoing(queue, message('b'))
    const again = addOutgoing(queue, message('a'))
    expect(again).toBe(queue)
    expect(statuses(queue)).toEqual(['a:pending', 'b:pending'])
    expect(dueForSending(queue).map((item) => item.clientId)).toEqual(['a', 'b'])
  })

  it('an acknowledged message leaves the queue', () => {
    let queue = addOutgoing(EMPTY_QUEUE, message('a'))
    queue = markSending(queue, 'a')
    expect(statuses(queue)).toEqual(['a:sending'])
    expect(dueForSending(queue)).toEqual([])
    queue = ackOutgoing(queue, 'a')
    expect(queue).toEqual([])
  })

  it('a send without an answer goes back to pending and is sent again with the same id', () => {
    let queue = markSending(addOutgoing(EMPTY_QUEUE, message('a')), 'a')
    queue = requeueOutgoing(queue, 'a')
    const [due] = dueForSending(queue)
    expect(due?.clientId).toBe('a')
    expect(due?.content).toBe('سلام a')
    queue = markSending(queue, 'a')
    expect(queue[0]?.attempts).toBe(2)
    expect(queue[0]?.clientId).toBe('a')
  })

  it('a refused message fails with the reason and waits for the retry button', () => {
    let queue = markSending(addOutgoing(EMPTY_QUEUE, message('a')), 'a')
    queue = failOutgoing(queue, 'a', { code: 'THREAD_CLOSED', message: 'closed' })
    expect(statuses(queue)).toEqual(['a:failed'])
    expect(queue[0]?.error?.code).toBe('THREAD_CLOSED')
    // Not sent again by itself, and a timeout for it changes nothing.
    expect(dueForSending(queue)).toEqual([])
    expect(requeueOutgoing(queue, 'a')).toEqual(queue)

    queue = retryOutgoing(queue, 'a')
    expect(statuses(queue)).toEqual(['a:pending'])
    expect(queue[0]?.error).toBeNull()
    expect(dueForSending(queue)[0]?.clientId).toBe('a')
  })

  it('only a failed message can be discarded', () => {
    let queue = addOutgoing(EMPTY_QUEUE, message('a'))
    expect(discardOutgoing(queue, 'a')).toHaveLength(1)
    queue = failOutgoing(queue, 'a', { code: 'X', message: 'x' })
    expect(discardOutgoing(queue, 'a')).toEqual([])
  })

  it('shows each thread its own messages and drops another author’s', () => {
    let queue = addOutgoing(EMPTY_QUEUE, message('a', 't1'))
    queue = addOutgoing(queue, message('b', 't2'))
    queue = addOutgoing(queue, message('c', 't1', 'someone-else'))
    expect(outgoingIn(queue, 't1').map((item) => item.clientId)).toEqual(['a', 'c'])
    expect(keepAuthor(queue, 'me').map((item) => item.clientId)).toEqual(['a', 'b'])
    const mine = keepAuthor(queue, 'me')
    expect(keepAuthor(mine, 'me')).toBe(mine)
  })
})
