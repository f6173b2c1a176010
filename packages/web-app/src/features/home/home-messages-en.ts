import type { homeMessagesFa } from './home-messages-fa.ts'

export const homeMessagesEn: typeof homeMessagesFa = {
  pageTitle: 'YektaYar — your mental-health companion',
  hero: {
    eyebrow: 'Mental health, with expert company',
    title: 'Feeling better is not something you have to do alone',
    lead: 'YektaYar connects you with a psychologist who fits you, and stays with you between sessions: choosing a therapist, booking and paying for sessions, messaging, validated assessments, courses and an AI companion between sessions, all in one safe place.',
    start: 'Get started',
    browse: 'Browse psychologists',
    points: {
      verified: 'Psychologists with checked credentials',
      online: 'Online or in-person sessions',
      private: 'Confidential conversations',
    },
  },
  offerings: {
    title: 'Everything your care needs, in one place',
    lead: 'From the first step to the days between sessions, YektaYar is there for you and your psychologist.',
    coming: 'Coming soon',
    find: {
      title: 'Find a psychologist',
      body: 'Browse psychologists by specialty, therapeutic approach, fee and open times, and choose someone you feel comfortable with.',
    },
    book: {
      title: 'Book and pay for sessions',
      body: "Pick a time in your psychologist's calendar and pay through a secure bank gateway. We send you a reminder before each session.",
    },
    talk: {
      title: 'Talk to your psychologist and support',
      body: 'Message your psychologist between sessions, and whenever you have a question about bookings or payments, our support team is here.',
    },
    assess: {
      title: 'Validated assessments',
      body: 'Check in with standard questionnaires such as PHQ-9 and GAD-7, and watch how you are doing over time on a chart.',
    },
    learn: {
      title: 'Courses',
      body: 'Short, practical courses on managing stress and anxiety, sleeping better, relationships and coping skills, at your own pace.',
    },
    companion: {
      title: 'An AI companion between sessions',
      body: "Talk with YektaYar's AI companion whenever you like, do a calming exercise and sort your thoughts before the next session. It is not a therapist and does not diagnose; it is a bridge to your next session.",
    },
  },
  steps: {
    title: 'Get started in three steps',
    signIn: {
      title: 'Sign in',
      body: 'With your mobile number or email and a one-time code; no password needed.',
    },
    choose: {
      title: 'Choose your psychologist',
      body: 'Read profiles, see open times and book a session.',
    },
    meet: {
      title: 'Start your session',
      body: 'Meet at the booked time, and stay in touch by message between sessions.',
    },
  },
  privacy: {
    title: 'Your privacy comes first',
    body: 'Therapy notes are stored encrypted, and every time they are read is recorded. Each conversation is open only to its own members.',
  },
  crisis: {
    title: 'If you are in danger right now',
    body: 'YektaYar is not an emergency service. If you are thinking about harming yourself or someone else, call now:',
    social: 'Social emergency 123',
    medical: 'Medical emergency 115',
  },
  closing: {
    title: 'Ready to take the first step?',
    body: 'Signing in takes less than a minute.',
    action: 'Sign in to YektaYar',
  },
}
