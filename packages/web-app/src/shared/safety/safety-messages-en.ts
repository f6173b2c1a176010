import type { safetyMessagesFa } from './safety-messages-fa.ts'

export const safetyMessagesEn: typeof safetyMessagesFa = {
  card: {
    title: 'We’re here with you',
    crisisLead:
      'It sounds like things are really hard right now. You don’t have to get through this alone; there is help you can reach right now.',
    helpLead:
      'Whenever you need them, these are here: a call, your safety plan, or a conversation with a person.',
    wordsKept: 'What you wrote is still there, and it was sent.',
    close: 'Close',
  },
  safeNow: {
    question: 'Are you safe right now?',
    yes: 'Yes',
    no: 'No',
    unsure: 'Not sure',
    saving: 'Saving your answer…',
    notSaved: 'Your answer wasn’t saved. If you are in danger, call one of these numbers now.',
    answered: 'Your answer: {{answer}}',
    replyYes:
      'We’re glad you’re safe. If that changes, these numbers and your safety plan are right here.',
    replyNo:
      'Thank you for telling us. You don’t have to stay alone with this: talk to someone from our clinical team now. If you are in immediate danger, call 115.',
    replyUnsure:
      'Thank you for being honest; not being sure is okay too. Talking to someone helps, right now.',
  },
  talkNow: {
    action: 'Talk to someone now',
    hint: 'Opens a priority conversation with YektaYar’s clinical team.',
    failed: 'The conversation didn’t open. Try again, or call one of the numbers above.',
  },
  planLink: 'My safety plan',
  concern: {
    title: 'If things feel heavy lately',
    lead: 'A few small things can help you feel a little calmer, and talking to your psychologist helps too.',
    breathing: 'Breathing and grounding exercises',
    psychologist: 'Talk to your psychologist',
    plan: 'My safety plan',
    lines: 'If you need them, these numbers are always there:',
    close: 'Close',
  },
  plan: {
    pageTitle: 'My safety plan — YektaYar',
    title: 'My safety plan',
    lead: 'A plan you write on calmer days, with your psychologist, so that in a hard moment you know what to do and whom to turn to.',
    patientTitle: 'The patient’s safety plan',
    patientLead:
      'Write the safety plan with your patient; they always have it in YektaYar, one tap away.',
    notYet: 'This patient’s safety plan is open to you after your first confirmed session.',
    empty: 'Nothing written yet.',
    add: 'Add',
    addTo: 'Add to “{{section}}”',
    remove: 'Remove “{{item}}”',
    full: 'Each section holds at most 15 items.',
    save: 'Save the plan',
    saved: 'Your safety plan is saved.',
    unsaved: 'You have changes that aren’t saved yet.',
    updated: 'Last changed',
    updatedBy: 'by {{name}}',
    sections: {
      warningSigns: {
        title: 'Warning signs',
        hint: 'Which thoughts, feelings or events tell you a hard moment may be starting?',
      },
      copingStrategies: {
        title: 'Things I can do on my own',
        hint: 'What helps you feel a little calmer without contacting anyone?',
      },
      peopleAndPlaces: {
        title: 'People and places that take my mind off things',
        hint: 'Where can you go, or whom can you be with, to think of something else for a while?',
      },
      peopleToAsk: {
        title: 'People I can ask for help',
        hint: 'Names and numbers of people you can tell that you are not okay.',
      },
      professionals: {
        title: 'Professionals and helplines',
        hint: 'Your psychologist, 123 social emergency, 1480 counselling line, 115 ambulance.',
      },
      safeEnvironment: {
        title: 'Making my surroundings safe',
        hint: 'What can you put out of reach, or ask someone to keep for you?',
      },
      reasonsToLive: {
        title: 'My reasons for living',
        hint: 'Who and what matters to you?',
      },
    },
  },
}
