/**
 * The brand mark's parts, read from its SVG (a teal tile with a white sprout), so that the
 * Android images are redrawn from the one mark the web app ships rather than a copy of it.
 */
export interface Brand {
  tile(options: { shape: 'rounded' | 'round' }): string
  /** The sprout alone in white on transparency, `scale` of its size in the tile. */
  sprout(options: { scale: number }): string
  /** A canvas-coloured screen with the tile in its middle, a fifth of the shorter side. */
  splash(canvas: string, width: number, height: number): string
}

// The sprout's own centre is about (16.6, 16.5) in the 32×32 view box.
const CENTRE = '16.6 16.5'

export function brandOf(svg: string): Brand {
  const colour = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1]
  const path = /<path[^>]*\sd="([^"]+)"/.exec(svg)?.[1]
  if (!colour || !path) throw new Error('the brand mark has no tile colour or sprout path')
  const sproutPath = (scale: number) =>
    `<path transform="translate(${CENTRE}) scale(${scale}) translate(-${CENTRE.replace(' ', ' -')})" d="${path}" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`
  const box = (body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${body}</svg>`
  const tile = (shape: 'rounded' | 'round') =>
    shape === 'round'
      ? `<circle cx="16" cy="16" r="16" fill="${colour}"/>`
      : `<rect width="32" height="32" rx="9" fill="${colour}"/>`
  return {
    tile: ({ shape }) => box(tile(shape) + sproutPath(shape === 'round' ? 0.85 : 1)),
    sprout: ({ scale }) => box(sproutPath(scale)),
    splash(canvas, width, height) {
      const side = Math.round(Math.min(width, height) / 5)
      const x = (width - side) / 2
      const y = (height - side) / 2
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${canvas}"/><svg x="${x}" y="${y}" width="${side}" height="${side}" viewBox="0 0 32 32">${tile('rounded')}${sproutPath(1)}</svg></svg>`
    },
  }
}
