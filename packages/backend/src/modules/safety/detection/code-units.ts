// The detector's loops read text through a typed array, not String#charCodeAt: a message may be
// a one-byte or a two-byte string, flat or not, and a charCodeAt that has seen several kinds
// runs several times slower (normalising 4,000 characters took 13 or 55 µs from one process to
// the next). Buffer copies the UTF-16 code units natively, in about a microsecond.

/** A reusable copy of a string's UTF-16 code units. */
export class CodeUnits {
  private bytes = Buffer.from(new ArrayBuffer(8192))
  private units = new Uint16Array(this.bytes.buffer)

  /** The code units of `text`, valid until the next call. */
  read(text: string): Uint16Array {
    if (this.units.length < text.length) {
      this.bytes = Buffer.from(new ArrayBuffer(text.length * 4))
      this.units = new Uint16Array(this.bytes.buffer)
    }
    const written = this.bytes.write(text, 0, 'utf16le')
    return this.units.subarray(0, written / 2)
  }
}
