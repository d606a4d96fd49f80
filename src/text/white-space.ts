/**
 * Whether a UTF-16 code unit is white space as `\s` reads it, told by its
 * code: loops over every character of a long article ask this of each one,
 * and curly quotes and dashes (above 127) would otherwise each cost a
 * pattern test.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
