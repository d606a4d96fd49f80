/** Offsets at which each line starts (after "\n", "\r\n" or a lone "\r"). */
export function lineStartOffsets(text: string): number[] {
  const starts = [0]
  // Text with no carriage return (most): the engine's search finds each line feed.
  if (!text.includes('\r')) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
    return starts
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return starts
}

/** Zero-based index of the line holding `offset`. */
export function lineIndex(lineStarts: readonly number[], offset: number): number {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (lineStarts[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** unist point (1-based line and column) of an offset. */
export function pointAt(lineStarts: readonly number[], offset: number): {line: number; column: number; offset: number} {
  const line = lineIndex(lineStarts, offset)
  return {line: line + 1, column: offset - lineStarts[line] + 1, offset}
}
