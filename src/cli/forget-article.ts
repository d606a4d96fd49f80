import type {VFile} from 'vfile'

/**
 * Keep of a checked file only what its report needs: not the text, nor the
 * annotations, nor the fixes a message works out on first reading (their
 * closure holds the article and its parse tree: about 80 KB a file, which a
 * batch of 10,000 reported whole, in stylish or SARIF, would otherwise keep).
 * A report that gives fixes gets them now; stylish shows none.
 */
export function forgetArticle(file: VFile, keepFixes: boolean): void {
  file.value = ''
  delete file.data.article
  for (const message of file.messages) {
    const expected = keepFixes ? message.expected : []
    Object.defineProperty(message, 'expected', {value: expected, writable: true, enumerable: true, configurable: true})
  }
}
