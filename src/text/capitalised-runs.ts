/**
 * A pattern for runs of capitalised words joined by the small words of
 * names (`joiners`, such as “of|the|and”): where a proper name can stand
 * (“Department of Defense”, “Army Aboriginal Community Assistance
 * Programme”). Global, for `matchAll`; made once by each rule that uses it.
 */
export function capitalisedRunPattern(joiners: string): RegExp {
  return new RegExp(`\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:${joiners})\\s+)*\\p{Lu}[\\p{L}’'-]*)+`, 'gu')
}
