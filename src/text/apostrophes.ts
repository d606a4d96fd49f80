/** Curly and straight apostrophes are the same character for matching (same length, so offsets hold). */
export function normaliseApostrophes(text: string): string {
  return text.replace(/’/g, "'")
}
