import { type CropState, outputSide, sourceSquare } from './crop-math.ts'

/** Draws the viewport's square of the picture onto a canvas and encodes it as a JPEG. */
export function cropToBlob(
  image: HTMLImageElement,
  viewport: number,
  crop: CropState,
  maxSide: number,
): Promise<Blob> {
  const size = { width: image.naturalWidth, height: image.naturalHeight }
  const square = sourceSquare(size, viewport, crop)
  const side = outputSide(square.size, maxSide)
  const canvas = document.createElement('canvas')
  canvas.width = side
  canvas.height = side
  const context = canvas.getContext('2d')
  if (!context) return Promise.reject(new Error('no 2d canvas'))
  context.imageSmoothingQuality = 'high'
  context.drawImage(image, square.x, square.y, square.size, square.size, 0, 0, side, side)
  return new Promise((resolve, reject) => {
    // The server re-encodes to WebP and a clean JPEG; a high quality here loses little twice.
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))),
      'image/jpeg',
      0.92,
    )
  })
}

/** Decodes a chosen file; a file that is not a picture the browser can read fails here. */
export function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('not an image'))
    image.src = url
  })
}
