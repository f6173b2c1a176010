import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { chooseEncoding, EncodedBody, MIN_COMPRESSED_BYTES } from './encoded-body.ts'

const json = Buffer.from(JSON.stringify({ items: Array(40).fill({ preview: 'سلام، خوبی؟ 👋' }) }))

describe('choosing a content encoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip;q=0.9', 'gzip'],
    ['x-gzip', 'gzip'],
    ['*', 'gzip'],
    ['GZIP', 'gzip'],
    ['br;q=0, gzip;q=0', null],
    ['identity', null],
    ['deflate', null],
    [undefined, null],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected)
  })
})

describe('an encoded body', () => {
  it('answers the bytes each client accepts, and they decode to the same JSON', () => {
    const body = new EncodedBody(json)
    const br = body.for('gzip, deflate, br')
    const gzip = body.for('gzip')
    expect([br.encoding, gzip.encoding]).toEqual(['br', 'gzip'])
    expect(brotliDecompressSync(br.body)).toEqual(json)
    expect(gunzipSync(gzip.body)).toEqual(json)
    expect(br.body.length).toBeLessThan(json.length / 3)
    expect(body.for(undefined)).toEqual({ body: json, encoding: null })
  })

  it('compresses once per encoding, however many requests read it', () => {
    const body = new EncodedBody(json)
    expect(body.for('br').body).toBe(body.for('br').body)
    expect(body.for('gzip').body).toBe(body.for('gzip').body)
  })

  it('sends a body under the threshold as it is', () => {
    const small = Buffer.alloc(MIN_COMPRESSED_BYTES - 1, 'a')
    expect(new EncodedBody(small).for('gzip, br')).toEqual({ body: small, encoding: null })
  })
})
