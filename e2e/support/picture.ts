import type { Page } from 'playwright-core'

/**
 * A landscape PNG drawn by the page's own canvas (no image files in the repository): a
 * face-sized disc, off centre, on a coloured field, so a crop visibly changes it.
 */
export async function drawnPicture(page: Page, colours = { field: '#2f6f73', disc: '#f2c9a0' }) {
  const bytes = await page.evaluate(async ({ field, disc }) => {
    const canvas = document.createElement('canvas')
    canvas.width = 1200
    canvas.height = 800
    const context = canvas.getContext('2d') as CanvasRenderingContext2D
    context.fillStyle = field
    context.fillRect(0, 0, 1200, 800)
    context.fillStyle = disc
    context.beginPath()
    context.arc(700, 380, 220, 0, Math.PI * 2)
    context.fill()
    const blob = await new Promise<Blob>((resolve) =>
      canvas.toBlob((png) => resolve(png as Blob), 'image/png'),
    )
    return Array.from(new Uint8Array(await blob.arrayBuffer()))
  }, colours)
  return { name: 'me.png', mimeType: 'image/png', buffer: Buffer.from(bytes) }
}
