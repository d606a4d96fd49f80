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
