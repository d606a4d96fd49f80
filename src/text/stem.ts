/**
 * A light English stemmer for matching words across a passage: plurals,
 * -ing, -ed and -ly forms fold onto one key ("exercises" → "exercis",
 * "exercise" → "exercis"). Not a linguistic stem; a consistent key.
 */
export function stem(word: string): string {
  let found = stems.get(word)
  if (found === undefined) {
    found = computeStem(word)
    // Articles reuse a small vocabulary; a bounded memo keeps long runs lean.
    if (stems.size > 100_000) stems.clear()
    stems.set(word, found)
  }
  return found
}

const stems = new Map<string, string>()
/** Words in -men that are no plural of a word in -man. */
const notPlurals: ReadonlySet<string> = new Set(['specimen', 'abdomen', 'regimen', 'acumen', 'stamen', 'albumen', 'cyclamen', 'bitumen'])

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '')
  // A compound's plural in -men is its singular's word: “servicemen” and “serviceman”, “airmen” and “airman”.
  if (w.length > 5 && w.endsWith('men') && !notPlurals.has(w)) return w.slice(0, -3) + 'man'
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (w.length > 4 && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

/** Function words that say nothing about a passage's subject. */
export const stopwords: ReadonlySet<string> = new Set(
  `a about above after again against all also although am an and any are as at be because been before being below between both but by can
could did do does doing down during each either else even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just many may me might more most much must my myself neither no nor not now of off on
once one only or other our ours ourselves out over own per same shall she should since so some still such than that the their theirs them
themselves then there these they this those though through thus to too under until up upon us very was we were what when where whether which
while who whom whose why will with within without would yet you your yours yourself yourselves said says say told new two three four five six
seven eight nine ten first second last next year years month months week weeks day days time well like made make makes making take takes
taken way ways part also another among across along around become becomes became being get gets got given give gives many several`.split(/\s+/)
)
