import { tomanToRials } from './toman-input.ts'

export type RefundKind = 'full' | 'partial' | 'none'

export interface RefundChoice {
  kind: RefundKind
  /** The partial amount as typed, in toman. */
  toman: string
}

/** The refund in rials a choice means, or null when a partial amount is not 1..refundable. */
export function refundIrrOf(choice: RefundChoice, refundableIrr: number): number | null {
  if (choice.kind === 'none') return 0
  if (choice.kind === 'full') return refundableIrr
  const rials = tomanToRials(choice.toman)
  return rials !== null && rials > 0 && rials <= refundableIrr ? rials : null
}
