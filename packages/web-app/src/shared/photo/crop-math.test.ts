import { describe, expect, it } from 'vitest'
import {
  clampOffset,
  dragBy,
  initialCrop,
  MAX_ZOOM,
  outputSide,
  scaleOf,
  sourceSquare,
  zoomTo,
} from './crop-math.ts'

const landscape = { width: 2000, height: 1000 }
const portrait = { width: 600, height: 1200 }
const V = 300

describe('square crop math', () => {
  it('scales the shorter side to just cover the viewport at zoom 1', () => {
    expect(scaleOf(landscape, V, 1)).toBeCloseTo(0.3)
    expect(scaleOf(portrait, V, 1)).toBeCloseTo(0.5)
    expect(scaleOf(portrait, V, 2)).toBeCloseTo(1)
  })

  it('starts centred, cropping the middle square of the picture', () => {
    const crop = initialCrop(landscape, V)
    expect(crop.offset).toEqual({ x: -150, y: 0 })
    expect(sourceSquare(landscape, V, crop)).toEqual({ x: 500, y: 0, size: 1000 })
    expect(sourceSquare(portrait, V, initialCrop(portrait, V))).toEqual({
      x: 0,
      y: 300,
      size: 600,
    })
  })

  it('never lets the picture uncover the viewport', () => {
    expect(clampOffset(landscape, V, 1, { x: 50, y: 40 })).toEqual({ x: 0, y: 0 })
    expect(clampOffset(landscape, V, 1, { x: -900, y: -10 })).toEqual({ x: -300, y: 0 })
    const dragged = dragBy(portrait, V, initialCrop(portrait, V), { x: 10, y: -1000 })
    expect(dragged.offset).toEqual({ x: 0, y: -300 })
    expect(sourceSquare(portrait, V, dragged)).toEqual({ x: 0, y: 600, size: 600 })
  })

  it('zooms around the viewport’s centre and stays within its limits', () => {
    const zoomed = zoomTo(landscape, V, initialCrop(landscape, V), 2)
    const square = sourceSquare(landscape, V, zoomed)
    expect(square.size).toBeCloseTo(500)
    // The centre of the picture stays in the centre of the viewport.
    expect(square.x + square.size / 2).toBeCloseTo(1000)
    expect(square.y + square.size / 2).toBeCloseTo(500)
    expect(zoomTo(landscape, V, zoomed, 99).zoom).toBe(MAX_ZOOM)
    expect(zoomTo(landscape, V, zoomed, 0.2).zoom).toBe(1)
  })

  it('zooming back out pulls an edge-dragged picture back over the viewport', () => {
    const zoomed = zoomTo(landscape, V, initialCrop(landscape, V), 3)
    const atCorner = dragBy(landscape, V, zoomed, { x: 5000, y: 5000 })
    expect(atCorner.offset).toEqual({ x: 0, y: 0 })
    const out = zoomTo(landscape, V, atCorner, 1)
    expect(out.offset.x).toBeLessThanOrEqual(0)
    expect(out.offset.x).toBeGreaterThanOrEqual(V - landscape.width * scaleOf(landscape, V, 1))
    expect(out.offset.y).toBe(0)
  })

  it('outputs the crop’s own pixels, at most the limit and at least one', () => {
    expect(outputSide(1000, 1024)).toBe(1000)
    expect(outputSide(3000, 1024)).toBe(1024)
    expect(outputSide(0.2, 1024)).toBe(1)
  })
})
