import { initI18nLazily, type Language } from '@yektayar/ui'

const LOADERS: Record<Language, () => Promise<Record<string, unknown>>> = {
  fa: () => import('./app-messages-fa.ts').then((module) => module.appMessagesFa),
  en: () => import('./app-messages-en.ts').then((module) => module.appMessagesEn),
}

/**
 * The page's strings: the person's language before the first render, the other one only when
 * they switch to it, so a first visit downloads one language (the first screen has a budget).
 */
export function startAppI18n() {
  return initI18nLazily((language) => LOADERS[language]())
}
