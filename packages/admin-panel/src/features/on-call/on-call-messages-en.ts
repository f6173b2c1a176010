import type { onCallMessagesFa } from './on-call-messages-fa.ts'

export const onCallMessagesEn: typeof onCallMessagesFa = {
  pageTitle: 'Crisis on-call | YektaYar admin panel',
  title: 'Crisis on-call rota',
  lead: 'Who is paged, in this order, when a patient may be in crisis (in the app and by SMS, even in quiet hours). Only people allowed to respond to safety alerts can be added. Every change is recorded in the audit log.',
  escalation:
    'Number 1 is paged at once, together with the patient’s own psychologists; if nobody acknowledges the alert within {{wait}}, the next person on the list and every admin are paged, and so on every {{wait}}.',
  wait: {
    minutes_one: '{{n}} minute',
    minutes_other: '{{n}} minutes',
    seconds_one: '{{n}} second',
    seconds_other: '{{n}} seconds',
  },
  listCaption: 'On-call order, first at the top',
  position: 'No. {{n}}',
  pagedFirst: 'Paged first',
  pagedAfter: 'Paged if nobody has acknowledged within {{wait}}',
  notAllowed: 'Not allowed to respond',
  unnamed: 'No name',
  moveUp: 'Up',
  moveDown: 'Down',
  remove: 'Remove',
  moveUpName: 'Move {{name}} up',
  moveDownName: 'Move {{name}} down',
  removeName: 'Remove {{name}} from the rota',
  moved: '{{name}} is now number {{n}}.',
  removedFromDraft: '{{name}} was taken off the list; save to keep it.',
  empty: {
    title: 'Nobody is on call',
    body: 'Right now a crisis alert pages all {{count}} people allowed to respond, and the patient’s own psychologists, at once; if nobody acknowledges it within {{wait}}, every admin is paged. With a rota, one named person is paged first.',
    nobody:
      'Right now nobody is allowed to respond to safety alerts, so a crisis alert reaches only the patient’s own psychologists, then every admin if nobody acknowledges it.',
  },
  add: {
    title: 'Add to the rota',
    person: 'Someone allowed to respond',
    choose: 'Choose a person',
    submit: 'Add to the end',
    chooseFirst: 'Choose someone first.',
    allOnRota: 'Everyone allowed to respond is already on the rota.',
    nobody: 'Nobody is allowed to respond to safety alerts (safety.respond).',
    grant: 'Grant it under Access',
    added: '{{name}} was added at the end; save to keep it.',
  },
  unsaved: 'These changes are not saved yet; until they are, the previous rota is used.',
  save: 'Save the rota',
  discard: 'Discard changes',
  saved: 'The on-call rota is saved.',
  saveFailed: 'The rota was not saved',
  refused:
    'These people are no longer allowed to respond, or their account is inactive: {{names}}. Remove them, or grant them the permission.',
  listSeparator: ', ',
}
