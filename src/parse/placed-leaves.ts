import type {Position} from 'unist'

/**
 * The leaves of a parsed paragraph (its words' letters, its marks, its white
 * space) in reading order, each with where it starts and ends in the source;
 * a leaf with no place is passed over. Without recursion: a page may nest
 * its inline markup thousands deep.
 */
export function* placedLeaves(paragraph: {children?: unknown[]}): Generator<{type?: string; start: number; end: number}> {
  const stack: Array<{type?: string; position?: Position; children?: unknown[]}> = [paragraph]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.children) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as (typeof stack)[number])
      continue
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) yield {type: node.type, start, end}
  }
}
