import type { assessmentCareMessagesFa } from './assessment-care-messages-fa.ts'

/** The psychologist's assessments section, in English. */
export const assessmentCareMessagesEn: typeof assessmentCareMessagesFa = {
  title: 'Questionnaires',
  lead: 'Ask for a questionnaire and see the results and trends your client shares with you. Every view is logged.',
  notYet: 'Questionnaires show here after your first confirmed session with this client.',
  assign: {
    heading: 'Ask for a questionnaire',
    instrument: 'Questionnaire',
    recurrence: 'How often',
    once: 'Once',
    every_session: 'Before every session',
    note: 'A note for your client (optional)',
    submit: 'Ask',
    done: 'Asked; your client is notified.',
  },
  assignments: {
    heading: 'What I asked for',
    empty: 'You have not asked for a questionnaire yet.',
    pending: 'Waiting for an answer',
    answered: 'Answered',
    withdraw: 'Withdraw',
  },
  trends: {
    heading: 'Trend',
    empty: 'No result has been shared yet.',
    chart: 'Chart of {{title}} scores by date',
  },
  results: {
    heading: 'Latest results',
    score: '{{score}} of {{max}}',
    item9: 'Item 9 above 0',
    profile: 'Personality profile',
  },
}
