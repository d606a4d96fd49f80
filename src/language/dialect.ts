/**
 * Candidate spellings of a word in the other dialect (British ↔ American).
 * The rules over-generate on purpose: callers keep only candidates the
 * dictionary knows, so "behavior" is accepted in British copy because
 * "behaviour" is a word, and the spelling-variant rule, not the spelling rule,
 * decides whether the American form belongs in the article.
 */
export function otherDialectForms(word: string): string[] {
  const lower = word.toLowerCase()
  const forms = new Set<string>()
  const swap = (pattern: RegExp, replacement: string) => {
    if (pattern.test(lower)) forms.add(lower.replace(pattern, replacement))
  }

  // organise ↔ organize, analyse ↔ analyze (and their inflections); not where the z is the root's own, which
  // British spelling keeps (capsize, size, seize: “capsise” is a slip)
  if (!rootZ.test(lower)) swap(/is(e|es|ed|ing|ation|ations|ational|er|ers|able)$/, 'iz$1')
  swap(/iz(e|es|ed|ing|ation|ations|ational|er|ers|able)$/, 'is$1')
  swap(/ys(e|es|ed|ing)$/, 'yz$1')
  swap(/yz(e|es|ed|ing)$/, 'ys$1')
  // behaviour ↔ behavior, harbour ↔ harbor
  swap(/our(s|ed|ing|able|ably|ite|ites|ful|less|ism|ist|ists)?$/, 'or$1')
  swap(/([^o])or(s|ed|ing|able|ably|ite|ites|ful|less|ism|ist|ists)?$/, '$1our$2')
  // centre ↔ center, metre ↔ meter
  swap(/([bcdmt])re(s|d)?$/, '$1er$2')
  swap(/([bcdmt])er(s|ed)?$/, '$1re$2')
  // defence ↔ defense, licence ↔ license
  swap(/ence(s|less)?$/, 'ense$1')
  swap(/ense(s|less)?$/, 'ence$1')
  // catalogue ↔ catalog
  swap(/ogue(s|d)?$/, 'og$1')
  swap(/og(s|ged)?$/, 'ogue$1')
  // travelled ↔ traveled
  swap(/ll(ed|ing|er|ers)$/, 'l$1')
  swap(/([^l])l(ed|ing|er|ers)$/, '$1ll$2')
  // manoeuvre, paediatric, haemorrhage ↔ maneuver, pediatric, hemorrhage
  swap(/oe/, 'e')
  swap(/ae/, 'e')
  swap(/^maneuver/, 'manoeuvre')
  // programme ↔ program, judgement ↔ judgment, ageing ↔ aging
  swap(/^programme/, 'program')
  swap(/^program(?!me)/, 'programme')
  swap(/dgement(s)?$/, 'dgment$1')
  swap(/dgment(s)?$/, 'dgement$1')
  swap(/^ageing$/, 'aging')
  swap(/^aging$/, 'ageing')
  swap(/^grey/, 'gray')
  swap(/^gray/, 'grey')
  swap(/^aluminium$/, 'aluminum')
  swap(/^aluminum$/, 'aluminium')

  forms.delete(lower)
  return [...forms]
}

/** Words whose z is their root's, not the -ize suffix, written with an s: every English spells them with a z. */
const rootZ = /^(?:capsi|si|downsi|oversi|undersi|outsi|resi|upsi|supersi|sei|mai|bai)s(?:e|es|ed|ing)$/
