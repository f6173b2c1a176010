import type { bookingMessagesFa } from './booking-messages-fa.ts'

export const bookingMessagesEn: typeof bookingMessagesFa = {
  pageTitle: 'Book a session — YektaYar',
  title: 'Book a session with {{name}}',
  back: 'Back to the profile',
  steps: {
    label: 'Booking steps',
    type: 'Session type',
    slot: 'Day and time',
    summary: 'Review and pay',
    current: 'current step',
  },
  type: {
    title: 'What kind of session would you like?',
    minutes: '{{minutes}} minutes',
    free: 'Free',
    none: 'This psychologist is not taking bookings at the moment.',
  },
  slot: {
    title: 'Choose a day and time',
    calendarLabel: 'Days with free times',
    zone: 'Times are shown in {{zone}}.',
    chooseDay: 'Choose a day that has free times.',
    noneThisMonth: 'No free times this month; look at the next one.',
    changeType: 'Change session type',
    continue: 'Continue',
    refreshing: 'Updating the free times…',
  },
  summary: {
    title: 'Review your booking',
    psychologist: 'Psychologist',
    type: 'Session type',
    when: 'Time',
    zone: '{{zone}}',
    price: 'Price',
    free: 'Free',
    hold: 'Once booked, this time is held for you for {{minutes}} minutes while you complete the payment.',
    policy:
      'You can cancel free of charge up to {{hours}} hours before the session and get a full refund.',
    freePolicy:
      'This session is free, and each client has one free session with each psychologist. If you cannot come, cancel or move it up to {{hours}} hours before the session.',
    change: 'Change the time',
    book: 'Book',
    bookAndPay: 'Book and pay',
    payAgain: 'Try the payment again',
    redirecting: 'Taking you to the payment gateway…',
  },
  slotTaken: 'We refreshed the free times; please choose another one.',
  done: {
    title: 'Your session is booked',
    body: '{{type}} with {{name}} on {{when}} is confirmed.',
    appointments: 'My appointments',
    dashboard: 'Go to the dashboard',
  },
}
