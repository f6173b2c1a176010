import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SelectField } from './select-field.tsx'

describe('SelectField', () => {
  it('is labelled, described by its hint, and lists its options before its children', async () => {
    const onChange = vi.fn()
    render(
      <SelectField
        label="Time zone"
        hint="Times are shown in it"
        value="a"
        onChange={(event) => onChange(event.target.value)}
        options={[
          ['a', 'Asia/Tehran'],
          ['b', 'Europe/Berlin'],
        ]}
      >
        <option value="c">America/Toronto</option>
      </SelectField>,
    )
    const select = screen.getByLabelText('Time zone') as HTMLSelectElement
    expect(screen.getByText('Times are shown in it').id).toBe(
      select.getAttribute('aria-describedby'),
    )
    expect([...select.options].map((option) => option.text)).toEqual([
      'Asia/Tehran',
      'Europe/Berlin',
      'America/Toronto',
    ])
    await userEvent.selectOptions(select, 'b')
    expect(onChange).toHaveBeenCalledWith('b')
  })
})
