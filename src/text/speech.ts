/*
 * Signs that words are someone's speech although no quotation marks say so:
 * government pages print a minister's statement without them, transcripts
 * label each speaker, and agency copy reports speech in a paragraph that
 * ends “…, he said”. Claims and digressions there are the speaker's, not the
 * reporter's.
 */

/** A headline that names what follows as someone's words: “… Speech at …”, “Remarks by …”, “Defence Secretary statement on …”, “A message from the Secretary …”. */
export const spokenHeadline = /\b(?:speech|remarks|address|statement|transcript|briefing|message|availability|testimony|keynote|eulogy)\b/iu

/** A transcript's speaker label opening a paragraph: “Jonathan Lyle: Dstl is…”. */
const speakerLabel = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}:\s/u

/** “I”, “my”, “me”: a reporter does not write them. “I” as a numeral (“World War I”, “Phase I of”) is not one. */
const firstPersonSingular =
  /(?<![\p{L}])(?:my|me|My)(?![\p{L}])|(?<!(?:War|Phase|Part|Stage|Block|Type|Mark|Class|Tranche|Level|Tier|Title|Article|Chapter|Category|Schedule|Annex)\s)(?<![\p{L}])I(?:['’](?:m|ve|d|ll))?\s+(?!(?:and|or|of|to|in|the|a|an|for|with|on|at|is)\b)\p{Ll}/u

/** “We”, “our”, “us”: a speaker's, or an institution's own voice in its press release. */
const firstPersonPlural = /(?<![\p{L}])(?:we|our|us|We|Our)(?![\p{L}])/u

/** A paragraph a speaker speaks: a speaker's label, or the first person singular. */
export function spokenParagraph(paragraph: string): boolean {
  return speakerLabel.test(paragraph) || firstPersonSingular.test(paragraph)
}

/** A sentence in the first person plural. */
export function firstPersonPluralIn(sentence: string): boolean {
  return firstPersonPlural.test(sentence)
}

/**
 * The length of a transcript's speaker label at a paragraph's start, or 0:
 * “Q:” and “A:”, up to four words before a colon (“THE PRESIDENT:”, “SEC.
 * MATTIS:”), or two to four before a full stop (“MR. TREWHITT.”, “Ms.
 * WALTERS.”), the last in capitals, in the bold a transcript may set them in,
 * with the speaker's words after.
 */
export function transcriptLabelLength(text: string): number {
  const label = /^\s*(?:\*\*)?(?:[QA]:|(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{Lu}'’-]+:|(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{Lu}'’-]+\.)(?:\*\*)?\s+\S/u.exec(text)
  return label ? label[0].length - 1 : 0
}
