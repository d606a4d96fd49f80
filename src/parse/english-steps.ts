import type {Parent, Punctuation, Sentence, SentenceContent, Symbol as SymbolNode} from 'nlcst'
import type {Position} from 'unist'

/**
 * Some of parse-english's sentence steps, as one loop over a chunk's tokens
 * each: parse-latin walks the tokens with a callback per token, and joins
 * each token's text anew to test it. Each does exactly what the step it
 * stands for does, or runs it where it may act (test/parse.test.ts compares
 * the trees with parse-english's on real copy and random text).
 */

/** A mark that joins two words into one (“anti-ship”, “Japan’s”, “U.S”, “10:30”): parse-latin's `wordSymbolInner`. */
const innerMark = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

const isMark = (token: SentenceContent | undefined): token is Punctuation | SymbolNode => token?.type === 'PunctuationNode' || token?.type === 'SymbolNode'

/** parse-latin's `mergeFinalWordSymbol`: a hyphen after a word and before no word ends the word (“pre- and post-war”). */
function mergeFinalHyphens(sentence: Sentence): void {
  const tokens = sentence.children
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]
    const previous = tokens[index - 1]
    if (!isMark(token) || token.value !== '-' || previous.type !== 'WordNode' || tokens[index + 1]?.type === 'WordNode') continue
    tokens.splice(index, 1)
    previous.children.push(token)
    if (previous.position && token.position) previous.position.end = token.position.end
    index--
  }
}

/**
 * parse-latin's `mergeInnerWordSymbol`: words joined by runs of joining
 * marks (“anti-ship”, “Japan’s”) become one word, the first, holding the
 * others' parts and the marks between; marks after the last word stay.
 */
function mergeInnerWords(sentence: Sentence): void {
  const tokens = sentence.children
  for (let index = 1; index < tokens.length; index++) {
    const previous = tokens[index - 1]
    if (!isMark(tokens[index]) || previous.type !== 'WordNode') continue
    // One past the last word of the run that starts here.
    let end = index
    for (let position = index; position < tokens.length; position++) {
      const token = tokens[position]
      if (token.type === 'WordNode') end = position + 1
      else if (!isMark(token) || !innerMark.test(token.value)) break
    }
    if (end === index) continue
    const joined = tokens.splice(index, end - index).flatMap((token) => (token.type === 'WordNode' ? token.children : [token as Punctuation | SymbolNode]))
    previous.children.push(...joined)
    const last = joined[joined.length - 1]
    if (previous.position && last.position) previous.position.end = last.position.end
    // The token now here may start another run.
    index--
  }
}

/**
 * A step that may join initials (“U.S.”) runs on a sentence where a full
 * stop follows a word of an odd number of parts above one (“U.S”, “anti-ship”):
 * on no other does parse-latin's `mergeInitialisms` act.
 */
function mergeInitialismsWhereAny(step: (sentence: Sentence) => void): (sentence: Sentence) => void {
  return (sentence) => {
    const tokens = sentence.children
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index]
      const previous = tokens[index - 1]
      if (token.type === 'PunctuationNode' && token.value === '.' && previous.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0) return step(sentence)
    }
  }
}

/** parse-latin's `patchPosition`: a node with no place of its own starts where its first child starts and ends where its last ends. */
function patchPosition(node: Parent): void {
  const first = node.children[0]
  const last = node.children[node.children.length - 1]
  if (first?.position && !node.position?.start) (node.position ??= {} as Position).start = first.position.start
  if (last?.position && !node.position?.end) (node.position ??= {} as Position).end = last.position.end
}

/**
 * The faster steps, by the place in parse-english's list of sentence steps
 * of the step each stands for; given that step, for those that call it.
 */
export const fasterSentenceSteps: ReadonlyMap<number, (step: (sentence: Sentence) => void) => (sentence: Sentence) => void> = new Map([
  [2, () => mergeFinalHyphens],
  [3, () => mergeInnerWords],
  [5, mergeInitialismsWhereAny],
  [6, () => patchPosition]
])
