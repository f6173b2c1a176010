import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TextField } from './text-field.tsx'

describe('TextField', () => {
  it('labels the input and ties hint and error to it', () => {
    render(<TextField label="ایمیل" hint="راهنما" error="نادرست است" />)

    const input = screen.getByLabelText('ایمیل')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ')
    const texts = described.map((id) => document.getElementById(id)?.textContent)
    expect(texts).toEqual(['راهنما', 'نادرست است'])
    expect(screen.getByRole('alert').textContent).toBe('نادرست است')
  })

  it('is not marked invalid without an error', () => {
    render(<TextField label="ایمیل" />)
    const input = screen.getByLabelText('ایمیل')
    expect(input.hasAttribute('aria-invalid')).toBe(false)
    expect(input.hasAttribute('aria-describedby')).toBe(false)
  })
})
