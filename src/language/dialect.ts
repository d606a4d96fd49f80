/**
 * Candidate spellings of a word in the other dialect (British ↔ American).
 * The rules over-generate on purpose: callers keep only candidates the
 * dictionary knows, so "behavior" is accepted in British copy because
 * "behaviour" is a word, and the spelling-variant rule, not the spelling rule,
 * decides whether the American form belongs in the article.
 */
export function otherDialectForms(word: string): string[] {
  const lower = word.toLowerCase()
  const forms: string[] = []
  if (!anySwap.test(lower)) return forms
  for (const [pattern, replacement] of swaps) {
    if (pattern === isToIz && rootZ.test(lower)) continue
    if (!pattern.test(lower)) continue
    const form = lower.replace(pattern, replacement)
    if (form !== lower && !forms.includes(form)) forms.push(form)
  }
  return forms
}

/** organise → organize, analyse → analyze (and their inflections); not where the z is the root's own (`rootZ`). */
const isToIz = /is(e|es|ed|ing|ation|ations|ational|er|ers|able)$/

/**
 * Each spelling of one dialect and its counterpart in the other, as patterns
 * made once (a word's candidates are asked for several times over an
 * unknown word, and patterns written in the function were made on each call).
 */
const swaps: ReadonlyArray<readonly [RegExp, string]> = [
  // organise ↔ organize, analyse ↔ analyze (and their inflections); not where the z is the root's own, which
  // British spelling keeps (capsize, size, seize: “capsise” is a slip)
  [isToIz, 'iz$1'],
  [/iz(e|es|ed|ing|ation|ations|ational|er|ers|able)$/, 'is$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  // behaviour ↔ behavior, harbour ↔ harbor
  [/our(s|ed|ing|able|ably|ite|ites|ful|less|ism|ist|ists)?$/, 'or$1'],
  [/([^o])or(s|ed|ing|able|ably|ite|ites|ful|less|ism|ist|ists)?$/, '$1our$2'],
  // centre ↔ center, metre ↔ meter
  [/([bcdmt])re(s|d)?$/, '$1er$2'],
  [/([bcdmt])er(s|ed)?$/, '$1re$2'],
  // defence ↔ defense, licence ↔ license
  [/ence(s|less)?$/, 'ense$1'],
  [/ense(s|less)?$/, 'ence$1'],
  // catalogue ↔ catalog
  [/ogue(s|d)?$/, 'og$1'],
  [/og(s|ged)?$/, 'ogue$1'],
  // travelled ↔ traveled
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/([^l])l(ed|ing|er|ers)$/, '$1ll$2'],
  // manoeuvre, paediatric, haemorrhage ↔ maneuver, pediatric, hemorrhage
  [/oe/, 'e'],
  [/ae/, 'e'],
  [/^maneuver/, 'manoeuvre'],
  // programme ↔ program, judgement ↔ judgment, ageing ↔ aging
  [/^programme/, 'program'],
  [/^program(?!me)/, 'programme'],
  [/dgement(s)?$/, 'dgment$1'],
  [/dgment(s)?$/, 'dgement$1'],
  [/^ageing$/, 'aging'],
  [/^aging$/, 'ageing'],
  [/^grey/, 'gray'],
  [/^gray/, 'grey'],
  [/^aluminium$/, 'aluminum'],
  [/^aluminum$/, 'aluminium']
]

/**
 * Whether any swap's pattern matches a word, asked in one pattern of them
 * all: nine words in ten match none (the unknown words of real copy, asked
 * three times or more each, and the pieces of compounds), and asking each
 * pattern cost several times as much. The swaps' patterns take no flags.
 */
const anySwap = new RegExp(swaps.map(([pattern]) => `(?:${pattern.source})`).join('|'))

/** Words whose z is their root's, not the -ize suffix, written with an s: every English spells them with a z. */
const rootZ = /^(?:capsi|si|downsi|oversi|undersi|outsi|resi|upsi|supersi|sei|mai|bai)s(?:e|es|ed|ing)$/
