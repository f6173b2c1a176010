import type { Readable } from 'node:stream'

/** Inclusive byte positions, as in an HTTP Range header. */
export interface ByteRange {
  start: number
  end: number
}

export interface StoredObject {
  /** A stream from the store, or the bytes themselves when they were held in memory. */
  body: Readable | Buffer
  /** The whole object's size, whatever part of it `body` carries. */
  size: number
}

/**
 * Where file bytes live. Keys come from the files module (a purpose prefix and a random id),
 * never from anything a client sent; implementations refuse any other shape.
 */
export interface FileStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>
  /**
   * Stores the file at `path` (an upload received to disk) without reading it into memory. The
   * file may be moved away: the caller removes `path` afterwards with `force`.
   */
  putFile(key: string, path: string, size: number, contentType: string): Promise<void>
  /** The object, or the part of it in `range`; undefined when there is no such object. */
  get(key: string, range?: ByteRange): Promise<StoredObject | undefined>
  /** Removes the object; removing one already gone is not an error. */
  delete(key: string): Promise<void>
}

const KEY_SHAPE = /^[a-z_]+\/[0-9a-f-]{36}\.[a-z0-9]{2,5}$/

/** A key the files module could have made: nothing that climbs out of a folder or names one. */
export function assertStorageKey(key: string): void {
  if (!KEY_SHAPE.test(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`)
}
