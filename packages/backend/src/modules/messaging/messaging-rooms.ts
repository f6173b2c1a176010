/** Sockets that joined a thread (participants, and department staff who opened it). */
export const threadRoom = (threadId: string) => `thread:${threadId}`

/** Staff sockets of a department, told about its inbox changes. */
export const departmentRoom = (department: string) => `department:${department}`

const THREAD_ROOM_PREFIX = 'thread:'

export function threadIdOfRoom(room: string): string | undefined {
  return room.startsWith(THREAD_ROOM_PREFIX) ? room.slice(THREAD_ROOM_PREFIX.length) : undefined
}
