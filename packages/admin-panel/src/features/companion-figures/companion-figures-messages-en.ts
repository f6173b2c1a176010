import type { companionFiguresMessagesFa } from './companion-figures-messages-fa.ts'

export const companionFiguresMessagesEn: typeof companionFiguresMessagesFa = {
  pageTitle: 'Companion figures | YektaYar admin panel',
  title: 'AI companion figures',
  lead: 'Counts only, day by day; never what anyone wrote.',
  period: 'Period',
  periods: {
    '7': 'Last 7 days',
    '30': 'Last 30 days',
    '90': 'Last 90 days',
  },
  empty: 'Nobody wrote to the companion in this period.',
  totalsTitle: 'Totals for the period',
  chartTitle: 'Per day',
  chartOf: 'Chart',
  chartLabel: '{{figure}} per day, from {{from}} to {{to}}; highest {{max}}.',
  tableToggle: 'Show as a table',
  day: 'Day',
  figures: {
    messages: 'Messages',
    unavailable: 'Unavailable',
    crises: 'Crises',
    concerns: 'Concerns',
    handoffs: 'Hand-offs to a person',
    replaced: 'Replaced replies',
  },
  hints: {
    messages: 'Messages people sent',
    unavailable: 'Replies the provider could not give',
    crises: 'Messages judged a crisis; no model was called',
    concerns: 'Messages showing concern',
    handoffs: '“Talk to a person” threads opened',
    replaced: 'Model replies the output check replaced',
  },
}
