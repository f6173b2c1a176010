import { FILE_NAME_MAX_LENGTH } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import { displayNameOf } from './display-name.ts'

describe('display names', () => {
  it('keeps a Persian name, normalised to NFC', () => {
    const decomposed = 'گزارش جلسه.pdf'.normalize('NFD')
    expect(displayNameOf(decomposed, 'file')).toBe('گزارش جلسه.pdf'.normalize('NFC'))
  })

  it('drops path characters, so ../ cannot climb anywhere', () => {
    expect(displayNameOf('../../etc/passwd', 'file')).toBe('etcpasswd')
    expect(displayNameOf('..\\..\\boot.ini', 'file')).toBe('boot.ini')
  })

  it('drops NUL and other control characters', () => {
    expect(displayNameOf('photo\u0000.php\u0007.jpg', 'file')).toBe('photo.php.jpg')
  })

  it('drops bidi overrides that disguise an extension', () => {
    expect(displayNameOf('invoice\u202Egpj.exe', 'file')).toBe('invoicegpj.exe')
    expect(displayNameOf('a\u2066b\u2069c\u200F.pdf', 'file')).toBe('abc.pdf')
  })

  it('cuts 300 characters to the limit and keeps the extension', () => {
    const name = displayNameOf(`${'ن'.repeat(300)}.pdf`, 'file')
    expect([...name].length).toBe(FILE_NAME_MAX_LENGTH)
    expect(name.endsWith('.pdf')).toBe(true)
  })

  it('falls back when nothing is left', () => {
    expect(displayNameOf('\u202E/../', 'file')).toBe('file')
    expect(displayNameOf(undefined, 'image')).toBe('image')
    expect(displayNameOf('   ', 'file')).toBe('file')
  })
})
