import type {Node, Point} from 'unist'

/**
 * Move every point of trees parsed from a piece of a document to where the
 * piece stands: a piece parsed alone starts at line 1, column 1, offset 0,
 * and `origin` is where it starts in the document. Lines and offsets move,
 * and so do the columns of the piece's first line. Parsers share point
 * objects between a parent and its children, so each point moves once; the
 * walk keeps its own stack, as a tree may be nested thousands deep.
 */
export function moveToOrigin(trees: readonly Node[], origin: Point): void {
  const moved = new Set<Point>()
  const stack: Node[] = []
  for (const tree of trees) stack.push(tree)
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (moved.has(point)) continue
      moved.add(point)
      if (point.line === 1) point.column += origin.column - 1
      point.line += origin.line - 1
      if (point.offset !== undefined) point.offset += origin.offset ?? 0
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) stack.push(child)
  }
}

/**
 * A line break of the markup (HTML's “<br>”, Markdown's backslash before a
 * newline) reaches nlcst as white space one character long, placed on the
 * markup's first character: its source read “<” or “\”, and a message quoting
 * the line carried it (“harbour.< Photo: Indian Navy”). Such white space is
 * made empty where it stands, so the markup is a gap between words, as tags are.
 */
export function emptyMarkupBreaks(tree: Node, document: string): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) stack.push(child)
    if (node.type !== 'WhiteSpaceNode' || !node.position) continue
    const {start, end} = node.position
    if (start.offset === undefined || end.offset === undefined || /^\s*$/.test(document.slice(start.offset, end.offset))) continue
    node.position = {start, end: {...start}}
  }
}
