export const patientSummaryMessagesEn = {
  pageTitle: 'Client summary',
  back: 'Back to the agenda',
  lead: 'Your sessions together, the questionnaires they share with you, their courses, documents and safety plan.',
  sessions: {
    title: 'Sessions with you',
    upcoming: 'Upcoming',
    past: 'Past',
    noUpcoming: 'No session booked ahead.',
    noPast: 'No past sessions yet.',
    morePast: 'Only the 20 most recent are listed.',
  },
  modes: {
    video: 'Video call',
    phone: 'Phone call',
    in_person: 'In person',
    text: 'Text chat',
    unknown: 'Not set',
  },
  notFound: 'This person is not a client of yours, or the page no longer exists.',
  toAgenda: 'Go to the agenda',
}
