/** `text` as a regular expression source that matches exactly it, with or without the u flag. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
