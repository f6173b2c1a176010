import { describe, expect, it } from 'vitest'
import { fileKindOf, formatFileSize } from './file-size.ts'

describe('file sizes and kinds on file cards', () => {
  it('writes sizes in the reader’s digits and units', () => {
    expect(formatFileSize(512, 'fa')).toBe('۵۱۲ بایت')
    expect(formatFileSize(2_516_582, 'fa')).toBe('۲٫۴ مگابایت')
    expect(formatFileSize(2_516_582, 'en')).toBe('2.4 MB')
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB')
  })

  it('tells PDFs and images apart by their stored type', () => {
    expect(fileKindOf('application/pdf')).toBe('pdf')
    expect(fileKindOf('image/webp')).toBe('image')
    expect(fileKindOf('video/mp4')).toBe('file')
  })
})
