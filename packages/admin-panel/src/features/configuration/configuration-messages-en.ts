import type { configurationMessagesFa } from './configuration-messages-fa.ts'

export const configurationMessagesEn: typeof configurationMessagesFa = {
  pageTitle: 'Configuration | YektaYar admin panel',
  title: 'Configuration',
  lead: 'Settings that take effect on every server without a restart. Every change is written to the audit log.',
  empty: 'No setting can be changed here yet.',
  groups: {
    companion: 'AI companion',
  },
  current: 'Current value',
  defaultValue: 'Default: {{value}}',
  changedAt: 'Last changed:',
  valueLabel: 'New value of {{key}}',
  replaceLabel: 'Replace the secret value of {{key}}',
  replaceHint: 'The current value is never shown; type a new one to replace it.',
  masked: 'Hidden',
  notSet: 'Not set',
  on: 'On',
  off: 'Off',
  save: 'Save',
  reset: 'Reset to default',
  saved: 'Saved and applied on every server.',
  resetDone: 'Back to the default value.',
  sources: {
    default: 'Built-in default',
    env: 'Server setting',
    database: 'Changed by an admin',
  },
  options: {
    offline: 'Offline companion',
    'openai-compatible': 'OpenAI-compatible service',
  },
  errors: {
    required: 'Enter a value.',
    notNumber: 'Enter a number.',
    notInteger: 'Enter a whole number.',
    min: 'It cannot be less than {{limit}}.',
    max: 'It cannot be more than {{limit}}.',
    minLength: 'At least {{limit}} characters.',
    maxLength: 'No more than {{limit}} characters.',
    json: 'This is not valid JSON.',
  },
}
