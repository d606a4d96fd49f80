/**
 * What stands in an article's prose for markup between two words or marks
 * that a reader sees side by side (“*Brigade*,” reads “Brigade,”): a zero-width
 * space, which is neither white space (`\s`) nor a letter, so no check sees a
 * space before the comma nor a word run into the next. It keeps the prose's
 * offsets those of the source; messages never quote it (`withoutFiller`).
 */
export const markupFiller = '\u200B'

/** A text quoted from the prose, without the filler that stood for markup. */
export function withoutFiller(text: string): string {
  return text.includes(markupFiller) ? text.replaceAll(markupFiller, '') : text
}
