import { i18n, type Language } from '@yektayar/ui'

type Subtree = Record<string, unknown>

/** Into a language's `app` bundle once that bundle is there, and only once. */
function addTo(language: Language, key: string, messages: Subtree) {
  if (!i18n.hasResourceBundle(language, 'app')) return
  // getResource, not exists: exists() would find the Persian subtree through the fallback.
  if (i18n.getResource(language, 'app', key) !== undefined) return
  i18n.addResourceBundle(language, 'app', { [key]: messages }, true, true)
}

const added = new Map<string, Record<Language, Subtree>>()

/**
 * A page's strings, under `app.<key>` as its components read them, added when its module runs
 * rather than shipped in the first screen's `app` bundle (its JS budget): for pages only some
 * people open. A language whose bundle is not loaded yet gets them once it loads (a switch):
 * adding them earlier would make i18next take the partial bundle for the whole.
 */
export function addAppMessages(key: string, messages: Record<Language, Subtree>): void {
  for (const language of ['fa', 'en'] as const) addTo(language, key, messages[language])
  if (added.size === 0) {
    i18n.on('loaded', () => {
      for (const [later, both] of added) {
        for (const language of ['fa', 'en'] as const) addTo(language, later, both[language])
      }
    })
  }
  added.set(key, messages)
}
