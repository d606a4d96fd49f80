/**
 * Characters garbled by a wrong encoding: a page's UTF-8 read as Windows-1252
 * or Latin-1, as a scraper or a copy between systems leaves it. Each
 * character beyond ASCII became two to four others (“’” became “â€™”, “é”
 * became “Ã©”). Told by decoding, not by a list: a run of characters whose
 * Windows-1252 bytes are one valid UTF-8 character beyond ASCII — a lead
 * byte, then as many continuation bytes as it announces — is that character
 * garbled; no English word has such a run.
 */

/** The characters Windows-1252 gives to the bytes 0x80–0x9F, by byte. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** The byte a character stands for in Windows-1252 or Latin-1 (which reads 0x80–0x9F as the C1 controls of the same numbers), or -1. */
function byteOf(character: string): number {
  const code = character.charCodeAt(0)
  if (code >= 0x80 && code <= 0xff) return code
  const high = windows1252High.indexOf(character)
  return high >= 0 ? 0x80 + high : -1
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

export interface GarbledCharacter {
  start: number
  end: number
  /** The run as written (“â€™”). */
  actual: string
  /** The character it was (“’”). */
  character: string
}

/** The garbled characters of a text, in order. */
export function garbledCharacters(text: string): GarbledCharacter[] {
  const found: GarbledCharacter[] = []
  // A lead byte of a character of two to four bytes is Â–ô (0xC2–0xF4) read as Windows-1252: most texts have none.
  for (let at = 0; at < text.length; at++) {
    const lead = text.charCodeAt(at)
    if (lead < 0xc2 || lead > 0xf4) continue
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
    const bytes = [lead]
    while (bytes.length < length && at + bytes.length < text.length) {
      const byte = byteOf(text[at + bytes.length])
      if (byte < 0x80 || byte > 0xbf) break
      bytes.push(byte)
    }
    // A closing quotation mark loses its last byte (0x9D, which Windows-1252 leaves undefined) on the way: “â€” then a space or a letter.
    const character = bytes.length === length ? decoded(bytes) : lead === 0xe2 && bytes.length === 2 && bytes[1] === 0x80 ? '”' : undefined
    if (character === undefined) continue
    found.push({start: at, end: at + bytes.length, actual: text.slice(at, at + bytes.length), character})
    at += bytes.length - 1
  }
  return found
}

/** The character a run of bytes is in UTF-8, if it is one valid character beyond ASCII. */
function decoded(bytes: number[]): string | undefined {
  try {
    const character = strictUtf8.decode(new Uint8Array(bytes))
    return [...character].length === 1 && character.codePointAt(0)! >= 0xa0 ? character : undefined
  } catch {
    return undefined
  }
}
