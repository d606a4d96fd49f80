/** FNV-1a, 32 bits, of a string's UTF-8 bytes: a stable hash for splitting file sets the same way on every machine. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (const byte of Buffer.from(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0
  return hash
}
