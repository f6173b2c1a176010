import { describe, expect, it } from 'vitest'
import { looksLikeHeic, retryable, uploadErrorKey } from './upload-errors.ts'

const file = (name: string, type: string) => new File(['x'], name, { type })

describe('document upload failures', () => {
  it('tells an iPhone photo apart, by its type or, when the browser gives none, its name', () => {
    expect(looksLikeHeic(file('IMG_0042.HEIC', 'image/heic'))).toBe(true)
    expect(looksLikeHeic(file('IMG_0042.heif', ''))).toBe(true)
    expect(looksLikeHeic(file('scan.jpg', 'image/jpeg'))).toBe(false)
  })

  it('explains a refused HEIC photo, and names other refusals by their code', () => {
    const heic = file('IMG_0042.HEIC', 'image/heic')
    const text = file('notes.txt', 'text/plain')
    expect(uploadErrorKey('FILE_TYPE_NOT_ALLOWED', heic)).toBe('documents.upload.errors.heic')
    expect(uploadErrorKey('FILE_TYPE_NOT_ALLOWED', text)).toBe(
      'documents.upload.errors.FILE_TYPE_NOT_ALLOWED',
    )
    expect(uploadErrorKey('FILE_QUOTA_EXCEEDED', text)).toBe(
      'documents.upload.errors.FILE_QUOTA_EXCEEDED',
    )
    expect(uploadErrorKey('INTERNAL', text)).toBe('documents.upload.errors.other')
  })

  it('offers another try only where it may help', () => {
    expect(retryable('NETWORK_ERROR')).toBe(true)
    expect(retryable('FILE_QUOTA_EXCEEDED')).toBe(true)
    expect(retryable('FILE_TOO_LARGE')).toBe(false)
    expect(retryable('FILE_TYPE_NOT_ALLOWED')).toBe(false)
  })
})
