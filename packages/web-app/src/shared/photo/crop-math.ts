/**
 * A square crop of a picture, as the cropper shows it: the picture covers a square viewport of
 * `viewport` pixels, scaled by `zoom` (1 = just covers), and is moved by `offset` (its top-left
 * corner relative to the viewport's). The viewport must stay covered, so offsets are clamped.
 */
export interface Size {
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

export interface CropState {
  zoom: number
  offset: Point
}

export const MIN_ZOOM = 1
export const MAX_ZOOM = 4

/** Screen pixels per picture pixel. */
export function scaleOf(image: Size, viewport: number, zoom: number): number {
  return Math.max(viewport / image.width, viewport / image.height) * zoom
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/** Keeps the viewport covered: the picture may not be moved past any of its edges. */
export function clampOffset(image: Size, viewport: number, zoom: number, offset: Point): Point {
  const scale = scaleOf(image, viewport, zoom)
  return {
    x: clamp(offset.x, viewport - image.width * scale, 0),
    y: clamp(offset.y, viewport - image.height * scale, 0),
  }
}

/** Zoom 1, centred: what the cropper shows when a picture is chosen. */
export function initialCrop(image: Size, viewport: number): CropState {
  const scale = scaleOf(image, viewport, MIN_ZOOM)
  const offset = {
    x: (viewport - image.width * scale) / 2,
    y: (viewport - image.height * scale) / 2,
  }
  return { zoom: MIN_ZOOM, offset }
}

/** A new zoom that keeps the viewport's centre on the same point of the picture. */
export function zoomTo(image: Size, viewport: number, crop: CropState, zoom: number): CropState {
  const next = clamp(zoom, MIN_ZOOM, MAX_ZOOM)
  const ratio = scaleOf(image, viewport, next) / scaleOf(image, viewport, crop.zoom)
  const centre = viewport / 2
  const offset = {
    x: centre - (centre - crop.offset.x) * ratio,
    y: centre - (centre - crop.offset.y) * ratio,
  }
  return { zoom: next, offset: clampOffset(image, viewport, next, offset) }
}

/** Moves the picture by a drag of (dx, dy) screen pixels. */
export function dragBy(image: Size, viewport: number, crop: CropState, delta: Point): CropState {
  const offset = { x: crop.offset.x + delta.x, y: crop.offset.y + delta.y }
  return { zoom: crop.zoom, offset: clampOffset(image, viewport, crop.zoom, offset) }
}

/** The square of the picture, in its own pixels, that the viewport shows. */
export function sourceSquare(image: Size, viewport: number, crop: CropState) {
  const scale = scaleOf(image, viewport, crop.zoom)
  // `+ 0`: an edge that was not moved is 0, not -0.
  return { x: -crop.offset.x / scale + 0, y: -crop.offset.y / scale + 0, size: viewport / scale }
}

/** The output's side: the crop's own pixels, never blown up, at most `max` (the server's). */
export function outputSide(sourceSize: number, max: number): number {
  return Math.max(1, Math.min(max, Math.round(sourceSize)))
}
