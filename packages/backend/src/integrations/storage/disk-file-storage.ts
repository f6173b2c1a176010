import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { assertStorageKey, type FileStorage } from './file-storage.ts'

function isMissing(error: unknown): boolean {
  return (error as { code?: string }).code === 'ENOENT'
}

/**
 * Files under one folder (DATA_DIR/files by default). A write goes to a temporary name first
 * and is renamed into place, so a reader never sees half a file.
 */
export function diskFileStorage(root: string): FileStorage {
  const base = resolve(root)
  const pathOf = (key: string) => {
    assertStorageKey(key)
    return join(base, key)
  }
  return {
    async put(key, body) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      const temporary = `${path}.${randomUUID()}.part`
      await writeFile(temporary, body, { flag: 'wx' })
      await rename(temporary, path)
    },
    async putFile(key, source) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      try {
        await rename(source, path)
      } catch (error) {
        // Another file system (the uploads folder mounted elsewhere): copy, then into place.
        if ((error as { code?: string }).code !== 'EXDEV') throw error
        const temporary = `${path}.${randomUUID()}.part`
        await copyFile(source, temporary)
        await rename(temporary, path)
      }
    },
    async get(key, range) {
      const path = pathOf(key)
      try {
        const { size } = await stat(path)
        return { body: createReadStream(path, range ?? {}), size }
      } catch (error) {
        if (isMissing(error)) return undefined
        throw error
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true })
    },
  }
}
