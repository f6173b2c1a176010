import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ListStates } from './list-states.tsx'
import { initTestI18n } from './testing/test-support.tsx'

initTestI18n({
  fa: { test: { list: { emptyTitle: 'nothing yet', emptyBody: '' } } },
  en: { test: { list: { emptyTitle: 'nothing yet', emptyBody: '' } } },
})

const failed = { isPending: false, isError: true, error: new Error('down'), refetch: () => {} }

const draw = (count: number) =>
  render(
    <ListStates pages={failed} count={count} messages="test.list">
      <p>the list</p>
    </ListStates>,
  )

describe('ListStates', () => {
  it('shows a failure in the list’s place while nothing has come', () => {
    draw(0)
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(screen.queryByText('nothing yet')).toBeNull()
  })

  it('keeps the items already shown when a further page fails', () => {
    draw(3)
    expect(screen.getByText('the list')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
