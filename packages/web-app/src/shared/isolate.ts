/**
 * A name of either direction inside a sentence of the other, kept whole and in place (Unicode's
 * first-strong isolate), where a sentence is one translated string and `<bdi>` cannot go.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`
