import type {Article} from './types.js'
import {endsSentence} from './line-shape.js'
import {firstPersonPluralIn, spokenHeadline, spokenParagraph, transcriptLabelLength} from '../text/speech.js'

/**
 * Whether an article is itself someone's words: a speech, a transcript, an
 * interview's answers or an open letter, whose claims, digressions and long
 * sentences are the speaker's to have said, not the desk's to change. Three
 * paragraphs in the first person singular (a passage from a novel spliced
 * into a news report speaks so alone), or a text that says what it is and
 * three paragraphs in the first person, plural too, as a minister says “we”:
 * a title that calls it a speech, remarks or a statement (“Keir Starmer –
 * 2026 Speech at the Munich Security Conference”, “SPEECH | July 10, 2014”),
 * a headline that addresses an open letter (“To the Soldiers, Airmen and
 * Families of the National Guard”), a speaker's greeting that opens the text
 * (“Good afternoon.”), or a transcript's speaker label (“MR. KIRBY:  Yes,
 * it's Monday.”). Worked out once per article.
 */
export function isSpeech(article: Article): boolean {
  return genreOf(article) !== 'written'
}

/**
 * Whether an article says it is a speech or a transcript (its headline, its opening greeting, a speaker's label) and
 * speaks as one (`isSpeech`): printed as delivered. A commentary in the first person is the writer's copy to edit.
 */
export function saysItIsSpeech(article: Article): boolean {
  return genreOf(article) === 'declared'
}

/** Whether a paragraph of an article that is a speech (`isSpeech`, or `saysItIsSpeech` with `declared`) is the speaker's: in the first person, or speaking to the audience. */
export function speakersParagraph(article: Article, text: string, declared = false): boolean {
  return (declared ? saysItIsSpeech(article) : isSpeech(article)) && (spokenParagraph(text) || firstPersonPluralIn(text) || secondPerson.test(text))
}

/**
 * Where the speaker's words start in an article that says it is a speech (`saysItIsSpeech`): its first paragraph in the
 * speaker's voice, or -1. Every paragraph from there on is the speaker's, printed as delivered, though it need not say
 * “I” or “we”. (A commentary in the first person is the writer's copy, to edit like any other.)
 */
export function firstSpokenParagraph(article: Article): number {
  // (Asked by three rules of each article: worked out once.)
  let first = firstSpoken.get(article)
  if (first === undefined) firstSpoken.set(article, (first = saysItIsSpeech(article) ? article.paragraphs.findIndex((paragraph) => paragraph.role === 'body' && speakersParagraph(article, paragraph.text, true)) : -1))
  return first
}
const firstSpoken = new WeakMap<Article, number>()

/** The article's headline: the first line, or the first heading under the page's date and labels above it (“NEWS | Aug. 18, 2021”); or none. */
export function headlineOf(article: Article): string {
  const at = article.paragraphs.findIndex((paragraph) => paragraph.role === 'heading' || paragraph.role === 'body')
  return at >= 0 && at <= 2 && article.paragraphs[at].role === 'heading' ? article.paragraphs[at].text : ''
}

/** An article's voice: a speech that says it is one, one that only speaks as one (three paragraphs in the first person singular), or written copy. */
type Genre = 'declared' | 'spoken' | 'written'
const genres = new WeakMap<Article, Genre>()

function genreOf(article: Article): Genre {
  let genre = genres.get(article)
  if (genre === undefined) genres.set(article, (genre = judgeGenre(article)))
  return genre
}

function judgeGenre(article: Article): Genre {
  const body = article.paragraphs.filter((paragraph) => paragraph.role === 'body')
  const headline = headlineOf(article)
  // The page's lines over the text say it too, read as a headline or not: a title that ends no sentence among the first
  // three lines (“SPEECH | July 10, 2014”, “Assistant to the Secretary of Defense … Press Briefing”).
  const titled = article.paragraphs.slice(0, 3).some((paragraph) => !endsSentence(paragraph.text) && spokenHeadline.test(paragraph.text))
  // (The greeting after the dateline that opens the text: “QUANTICO, Va. -- Good evening, ladies and gentlemen.”)
  const first = body.find((paragraph) => endsSentence(paragraph.text))
  const opening = first ? first.text.slice(first.dateline ? first.dateline.end - first.start : 0) : ''
  const saysSpeech = titled || openLetter.test(headline) || greeting.test(opening) || body.some((paragraph) => transcriptLabelLength(paragraph.text) > 0)
  if (saysSpeech && body.filter((paragraph) => spokenParagraph(paragraph.text) || firstPersonPluralIn(paragraph.text)).length >= 3) return 'declared'
  return body.filter((paragraph) => spokenParagraph(paragraph.text)).length >= 3 ? 'spoken' : 'written'
}

/** A headline that addresses an open letter to its readers: “To the Soldiers, Airmen and Families of the National Guard”. */
const openLetter = /^\s*(?:To|Dear)\s+(?:the|all|our|my|every)\s+\p{Lu}/u
/**
 * A speaker's greeting, opening a speech: “Good afternoon.”, “Well, thank you Michelle, for that introduction.”,
 * “Ladies and gentlemen,”; a minister's opening of a statement to Parliament (“With permission I would like to make a
 * statement on …”); the acknowledgement of
 * country that opens an Australian minister's speech (“I begin by acknowledging the traditional owners of the land…”);
 * or the roll of guests (“Chief of Naval Staff (Rear Admiral Fred Wilson), …, distinguished guests, graduates, …”).
 */
const greeting = /^\s*(?:(?:Well|So|Now),?\s+)?(?:Good (?:morning|afternoon|evening)|Thank you|I (?:would like to )?(?:begin|start) by acknowledging|I acknowledge the traditional|With permission\b[^.!?]{0,80}\bstatement)\b|^[^.!?]{0,300}\b(?:distinguished guests|ladies and gentlemen)\b/iu
/** “you”, “your”, “you’re”: a speaker's audience. */
const secondPerson = /(?<![\p{L}])(?:[Yy]ou|[Yy]our|[Yy]ours)(?:['’](?:re|ve|ll|d))?(?![\p{L}])/u
