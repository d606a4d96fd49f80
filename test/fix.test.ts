import {chmodSync, existsSync, linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {applyFixes} from '../src/fix.js'
import {widenDeletion} from '../src/widen-deletion.js'
import {isTableRule} from '../src/text/pipe-table.js'
import {writeFileAtomic} from '../src/cli/write-atomic.js'
import {runCli, runCommand} from './support/cli.js'

/** The text --fix makes of an article: linted, then its safe fixes applied. */
async function fixed(value: string, path = 'article.txt'): Promise<string> {
  const [file] = await lint({path, value})
  return applyFixes(value, file.messages).text
}

const article = [
  ' date 2025-05-05 Left Menu',
  '',
  'Share',
  'The two navies held their annual drill in the the Bay of Bengal. Image Credit: Indian Navy',
  'Also Read: Army Tests New Loitering Munition',
  '- Follow Defence Weekly on X',
  'The ministers will meet again in Tokyo.',
  ''
].join('\n')

// The blank line under the deleted first line goes with it: no empty line is left at the top.
const fixedArticle = ['The two navies held their annual drill in the Bay of Bengal.', 'The ministers will meet again in Tokyo.', ''].join('\n')

describe('applyFixes', () => {
  it('deletes web furniture and doubled words and leaves every other byte alone', async () => {
    const [file] = await lint(article)
    const {text, applied} = applyFixes(article, file.messages)
    expect(text).toBe(fixedArticle)
    expect(applied.map((fix) => fix.ruleId)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'repeated-word', 'boilerplate', 'boilerplate', 'boilerplate'])
  })

  it('deletes a furniture line between blank-line paragraphs without leaving two blank lines', async () => {
    const text = 'The ministers met on Monday.\n\nPhoto By: Air Force Staff Sgt. Marco A. Gomez\n\nThey agreed to hold more exercises.\n'
    expect(await fixed(text)).toBe('The ministers met on Monday.\n\nThey agreed to hold more exercises.\n')
  })

  it('deletes a furniture line that ends the text with the blank line above it, so the text ends as its last paragraph does', async () => {
    // A counter under a story (tnnenglish.com, quoted in corpus/real/defects/furniture-pages-14.yaml).
    const text = 'The ministers met on Monday.\n\nThey agreed to hold more exercises.\n\nHits: 7\n'
    expect(await fixed(text)).toBe('The ministers met on Monday.\n\nThey agreed to hold more exercises.\n')
  })

  it('deletes furniture from a file saved with Windows line ends (CRLF) as from any other: no blank line doubles, no carriage return is left', async () => {
    const between = 'The ministers met on Monday.\r\n\r\nPhoto By: Air Force Staff Sgt. Marco A. Gomez\r\n\r\nThey agreed to hold more exercises.\r\n'
    expect(await fixed(between)).toBe('The ministers met on Monday.\r\n\r\nThey agreed to hold more exercises.\r\n')
    const last = 'The ministers met on Monday.\r\nThey agreed to hold more exercises.\r\nHits: 7'
    expect(await fixed(last)).toBe('The ministers met on Monday.\r\nThey agreed to hold more exercises.')
    // Lines ended by a carriage return alone (an old Mac's): a deleted line left a blank one.
    expect(await fixed('Share\rThe destroyer sailed.\rAlso Read: Army Tests New Loitering Munition\rThe crew cheered.\r')).toBe('The destroyer sailed.\rThe crew cheered.\r')
  })

  it('deletes a furniture line of an HTML page with the elements that held only it, so no empty paragraph is left', async () => {
    const text = '<p>The ministers met on Monday.</p>\n<p>Photo By: Air Force Staff Sgt. Marco A. Gomez</p>\n<p><em>Also Read: Navy gets new ship</em></p><p>They agreed to hold more exercises.</p>\n'
    expect(await fixed(text, 'release.html')).toBe('<p>The ministers met on Monday.</p>\n<p>They agreed to hold more exercises.</p>\n')
    // A line of the page runs from its first word to its last: the tags after them that close what they opened go too.
    const shared = '<p>The ministers met on Monday.</p>\n<div class="share">Share this: <a href="#">Facebook</a> <a href="#">Twitter</a></div>\n<p>Also Read: <a href="/rifle">Army tests new rifle</a></p>\n'
    expect(await fixed(shared, 'page.html')).toBe('<p>The ministers met on Monday.</p>\n')
    // A list of other stories under a heading that labels it: the heading the page marks is no heading of the story.
    const related = '<p>The ministers met on Monday.</p>\n<h3>Related</h3>\n<ul><li><a href="/a">Army tests new rifle</a></li><li><a href="/b">Air Force buys jets</a></li></ul>\n'
    expect(await fixed(related, 'page.html')).toBe('<p>The ministers met on Monday.</p>\n')
    // Inline content between blocks: the line is its words, not the image or the script of the page before them.
    for (const before of ['<img src="destroyer.jpg" alt="HMS Dauntless at sea">', '<script>var x = 1;</script>']) {
      const page = `<p>The ministers met on Monday.</p>\n${before}\n<a href="/share">Share this: Facebook Twitter</a>\n<p>They agreed to hold more exercises.</p>\n`
      expect(await fixed(page, 'page.html')).toBe(`<p>The ministers met on Monday.</p>\n${before}\n<p>They agreed to hold more exercises.</p>\n`)
    }
    // An element that dresses words left open to its block's end, as the parser closes it (found by a probe: “<p><b></p>” was left).
    const credited = '<p>The ministers met on Monday.</p>\n<p><b>Photo: Reuters</p>\n<p>They agreed to hold more exercises.</p>\n'
    expect(await fixed(credited, 'page.html')).toBe('<p>The ministers met on Monday.</p>\n<p>They agreed to hold more exercises.</p>\n')
    // Elements that dress words, closed in another order than opened (“<b><i>Share</b></i>”, which the parser mends): they
    // go with their words (found by a probe: “<p><b><i></b></i></p>” was left).
    const misnested = '<p>The ministers met on Monday.</p>\n<p><b><i>Share</b></i></p>\n<p>They agreed to hold more exercises.</p>\n'
    expect(await fixed(misnested, 'page.html')).toBe('<p>The ministers met on Monday.</p>\n<p>They agreed to hold more exercises.</p>\n')
    // A deletion whose tags cannot be closed where it ends is not made: it would break the page.
    expect(widenDeletion('<p><a href="#">Share this and more</a></p>\n', 3, 25)).toBeUndefined()
    // Not the page's frame, nor the other elements' tags on the line: a page of one line keeps its body.
    const page = '<html><body><p>Share</p></body></html>\n'
    expect(await fixed(page, 'page.html')).toBe('<html><body></body></html>\n')
  })

  it('places a fix after a character reference of HTML where its word stands in the source', async () => {
    // The PIB release's sentence (in corpus/real/clean) with its apostrophe and ampersand as references, and a word in
    // American spelling after them: the words after a reference stood a few characters early, and the fix was written
    // across “the defense” (“said defenceense ministry”).
    const text = '<p>Raksha Rajya Mantri highlighted the ICG&rsquo;s crucial role in Humanitarian Assistance &amp; Disaster Relief (HADR) operations, the defense ministry said.</p>\n'
    expect(await fixed(text, 'release.html')).toBe(text.replace('defense', 'defence'))
    const [file] = await lint({path: 'release.html', value: text})
    const place = file.messages[0].place as {start: {offset: number}; end: {offset: number}}
    expect(text.slice(place.start.offset, place.end.offset)).toBe('defense')
    // A name decoded by its longest known start (“&notit;” is “¬it;”), and one that gives two characters (“&ThickSpace;”).
    const rare = '<p>The crew said &notit; and the color was wrong.</p>\n<p>The crew said &ThickSpace; and the color was wrong.</p>\n'
    expect(await fixed(rare, 'release.html')).toBe(rare.replaceAll('color', 'colour'))
    // A line ended by a carriage return alone, which the parser reads as a newline (found by the fuzz suite, seed 44:
    // the words after it were placed past the file's end). And a reference written as the value holds it.
    const returns = 'Navy clearance divers\n\rThe crew said AT&T and the color was wrong.\n'
    expect(await fixed(returns, 'release.html')).toBe(returns.replace('color', 'colour'))
    // References side by side (“&ldquo;I&rsquo;m”): each is its character, and no semicolon of theirs lacks a space.
    const quoted = '<p>&ldquo;I&rsquo;m going to enjoy our final time together,&rdquo; he said of the color guard.</p>\n'
    expect(await fixed(quoted, 'release.html')).toBe(quoted.replace('color', 'colour'))
  })

  it('deletes a furniture line of Markdown with the markup that held it, leaving no orphaned brackets, link address or emphasis', async () => {
    const text = 'The ministers met on Monday.\n\n[Read more](https://example.com/more)\n\nThey agreed to hold more exercises, the ministry said.\n\n**Also Read:** [Army tests new rifle](https://example.com/rifle)\n'
    expect(await fixed(text, 'brief.md')).toBe('The ministers met on Monday.\n\nThey agreed to hold more exercises, the ministry said.\n')
    // An image and its caption in emphasis below it: one paragraph, its markup over two lines.
    const pictured = 'The ministers met on Monday.\n\n![The frigate at sea](frigate.jpg)\n*The frigate at sea. (Photo: Indian Navy)*\n\nThey agreed to hold more exercises, the ministry said.\n'
    // The picture is no text: its caption goes, and it stays (its alt text is no prose either).
    expect(await fixed(pictured, 'brief.md')).toBe('The ministers met on Monday.\n\n![The frigate at sea](frigate.jpg)\n\nThey agreed to hold more exercises, the ministry said.\n')
    // A link titled in single quotes, and one by reference (found by a probe: “[](url 't')” and “[][s]” were left).
    const titled = "The ministers met on Monday.\n\n[Read more](https://example.com/more 'More')\n\n[Share this:][share]\n\nThey agreed to hold more exercises.\n\n[share]: https://example.com/share\n"
    expect(await fixed(titled, 'brief.md')).toBe('The ministers met on Monday.\n\nThey agreed to hold more exercises.\n\n[share]: https://example.com/share\n')
    // A link whose title is on the line after its address: the link's tail goes too (found by a probe: “[](url⏎"More")” was left).
    const wrapped = 'The ministers met on Monday.\n\n[Read more](https://example.com/more\n"More")\n\nThey agreed to hold more exercises.\n'
    expect(await fixed(wrapped, 'brief.md')).toBe('The ministers met on Monday.\n\nThey agreed to hold more exercises.\n')
  })

  it('deletes a credit set apart by a line break with the break, so none is left at the paragraph’s end', async () => {
    // A caption's credit on its own line: HTML's “<br>”, Markdown's backslash before a newline.
    const met = 'The ministers met on Monday.'
    const join = 'Officials said the frigate would join the exercise next month.'
    for (const [path, text, expected] of [
      ['release.html', `<p>${met}</p>\n<p>${join}<br>\n(Photo: PIB)</p>\n`, `<p>${met}</p>\n<p>${join}</p>\n`],
      ['release.html', `<p>${met}</p>\n<p>Photo: Indian Navy<br>${join}</p>\n`, `<p>${met}</p>\n<p>${join}</p>\n`],
      ['brief.md', `${met}\n\n${join}\\\nPhoto: Indian Navy\n\nThey agreed to hold more exercises.\n`, `${met}\n\n${join}\n\nThey agreed to hold more exercises.\n`],
      ['brief.md', `${met}\n\nPhoto: Indian Navy\\\n${join}\n`, `${met}\n\n${join}\n`],
      ['brief.md', `${met}\n\n${join}\\\r\nPhoto: Indian Navy`, `${met}\n\n${join}`]
    ]) {
      expect(await fixed(text, path), text).toBe(expected)
    }
    // A break inside a sentence stays in its line, and a message quoting the line quotes its words, not the break's
    // first character (“the< latest”).
    const [file] = await lint({path: 'page.html', value: '<p>The ministers met on Monday in Delhi to discuss the sale of frigates to the navy.</p>\n<p>Sign up for our newsletter to get the<br>latest news delivered to your inbox</p>\n'})
    expect(file.messages.map((message) => message.reason.split('” ')[0])).toEqual(['“Sign up for our newsletter to get the latest news delivered to your inbox'])
  })

  it('places Markdown’s words where they stand after an escape, a reference, a line’s trailing space or a continuation line’s prefix', async () => {
    // Each word of a text stood as many characters early as the markup before it in the text had, and --fix wrote there
    // (“colouror of the flag”, “said thecolourr”).
    const text = [
      '- The officer said that the',
      '  color of the flag was wrong.',
      '',
      '> The captain said that the',
      '> color of the sail was wrong.',
      '',
      'AT&amp;T said the color was wrong.',
      '',
      'The 5\\* hotel said the color was wrong.',
      '',
      'He said the ',
      'color was wrong.',
      '',
      'Tom &amp; Jerry said the the plan was fine.',
      ''
    ].join('\n')
    expect(await fixed(text, 'brief.md')).toBe(text.replaceAll('color', 'colour').replace('the the', 'the'))
    // A link that shows its address holds no prose (“…/report/an” is no slip for “and”), and a word before a
    // character reference is checked (“goverment&#x2019;s” is no hashtag).
    const [file] = await lint({path: 'brief.md', value: 'The crew met with <https://example.com/report/an> an officer.\n\nHe said the goverment&#x2019;s plan was fine.\n'})
    expect(file.messages.map((message) => `${message.ruleId} ${message.actual}`)).toEqual(['spelling goverment'])
  })

  it('rewrites a word among markup where it stands, and no fix writes over the markup', async () => {
    // Found by running --fix over real articles written as HTML and Markdown: the parts of a hyphenated word were placed
    // as if side by side (“Self<Defencefense”), and a name's one-word slip was fixed by rewriting the whole name, its
    // link's closing tag and all (“<a>National     Capital Region”).
    for (const [path, text, expected] of [
      ['page.html', '<p>Ships held <em>joint self</em>-defense drills at sea on Monday.</p>\n', '<p>Ships held <em>joint self</em>-defence drills at sea on Monday.</p>\n'],
      ['page.html', '<p>Soldiers were sent to the <a href="/ncr">National</a> Capitol Region for training.</p>\n', '<p>Soldiers were sent to the <a href="/ncr">National</a> Capital Region for training.</p>\n'],
      ['brief.md', 'The [self](https://example.org)-defense drills were held at sea on Monday.\n', 'The [self](https://example.org)-defence drills were held at sea on Monday.\n']
    ]) {
      expect(await fixed(text, path), text).toBe(expected)
    }
  })

  it('keeps a table written with bars, in plain text and in Markdown: its rows are the story’s data, not pieces of a bar of links', async () => {
    const table = '| Ship | Tonnes |\n|------|--------|\n| INS Mormugao | 7,400 |\n| INS Imphal | 7,400 |\n'
    const text = `The navy has commissioned two destroyers of Project 15B, the ministry said.\n\n${table}\nTwo more will follow by 2026.\n`
    for (const path of ['fleet.txt', 'fleet.md']) {
      const [file] = await lint({path, value: text})
      expect(file.messages.map((message) => message.ruleId), path).toEqual([])
      expect(applyFixes(text, file.messages).text).toBe(text)
    }
    // A row of dashes with a long run of spaces after it is read in one pass.
    expect(isTableRule('|---|---' + ' '.repeat(200_000) + 'x')).toBe(false)
  })

  it('widens a deletion beside a run of 200,000 spaces (an export) in one pass, and keeps the line that has text left', () => {
    // One pattern with white space either side of an optional list marker tried every split of the run: minutes.
    const text = 'Share' + ' '.repeat(200_000) + 'x\n'
    expect(widenDeletion(text, 0, 5)).toEqual([0, 6])
    expect(widenDeletion('- Share\n', 2, 7)).toEqual([0, 8])
  })

  it('deletes a credit glued to the end of a paragraph and the space before it, and keeps the sentence', async () => {
    // From The Federal (https://thefederal.com/news/indian-us-navies-conduct-exercise-in-indian-ocean-in-message-to-china/).
    const text = 'Five ships of the Indian Navy, including a submarine, are participating in the exercise. Representative photo: Indian Navy/Twitter\nThe exercise ends on Friday.\n'
    expect(await fixed(text)).toBe('Five ships of the Indian Navy, including a submarine, are participating in the exercise.\nThe exercise ends on Friday.\n')
  })

  it('restores a glued label and applies house spelling, but not judgement calls', async () => {
    const text = 'DateMay 5, 2025\nThe defense ministry said the Dissuasions continue.\n'
    expect(await fixed(text)).toBe('Date May 5, 2025\nThe defence ministry said the Dissuasions continue.\n')
  })
})

describe('--fix on files', () => {
  it('writes the fixed article, says what it changed, and reports what is left', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-fix-'))
    writeFileSync(path.join(dir, 'a.txt'), article + 'The destroyer was comissioned.\n')
    const result = (await runCommand(['--fix', '--format', 'json', 'a.txt'], {cwd: dir}))
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(fixedArticle + 'The destroyer was comissioned.\n')
    expect(result.stderr).toMatch(/^copydesk: a\.txt: fixed 7 \(boilerplate 6, repeated-word 1\)$/m)
    const report = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(report[0].messages.map((message) => message.ruleId)).toEqual(['spelling'])
    expect(result.code).toBe(0)
    expect(readdirSync(dir)).toEqual(['a.txt'])
  })

  it('prints a unified diff with --fix-dry-run and changes nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-dry-'))
    writeFileSync(path.join(dir, 'a.txt'), article)
    const result = (await runCommand(['--fix-dry-run', 'a.txt'], {cwd: dir}))
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(article)
    expect(result.stdout).toContain('--- a/a.txt')
    expect(result.stdout).toContain('-Share')
    expect(result.stdout).toContain('+The two navies held their annual drill in the Bay of Bengal.')
    // Nothing was written, so the file's errors are still there: the exit code says so.
    expect(result.code).toBe(1)
  })

  it('keeps the byte-order mark a file opens with (as an editor on Windows saves it)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-fix-bom-'))
    writeFileSync(path.join(dir, 'a.txt'), '\uFEFF' + article)
    await runCommand(['--fix', 'a.txt'], {cwd: dir})
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('\uFEFF' + fixedArticle)
    expect(runCli(['--fix', '--stdin'], {input: '\uFEFF' + article}).stdout).toBe('\uFEFF' + fixedArticle)
  })

  it('keeps a byte-order mark through the library too: the first line goes, the mark stays', async () => {
    expect(await fixed('\uFEFFShare this: Facebook Twitter\nThe frigate sailed from Mumbai on Monday.\nAdvertisement\n')).toBe('\uFEFFThe frigate sailed from Mumbai on Monday.\n')
  })

  it('prints the fixed article for --fix --stdin', async () => {
    expect(runCli(['--fix', '--stdin'], {input: article}).stdout).toBe(fixedArticle)
  })
})

describe('writeFileAtomic', () => {
  it('leaves the original intact when the process dies between write and rename', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-atomic-'))
    const file = path.join(dir, 'article.txt')
    writeFileSync(file, 'original text\n')
    expect(() =>
      writeFileAtomic(file, 'new text\n', () => {
        throw Object.assign(new Error('simulated crash'), {code: 'EIO'})
      })
    ).toThrow('simulated crash')
    expect(readFileSync(file, 'utf8')).toBe('original text\n')
    expect(readdirSync(dir)).toEqual(['article.txt'])
  })

  it('replaces the file when the rename succeeds', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-atomic-'))
    const file = path.join(dir, 'article.txt')
    writeFileSync(file, 'original text\n')
    writeFileAtomic(file, 'new text\n')
    expect(readFileSync(file, 'utf8')).toBe('new text\n')
    expect(existsSync(file)).toBe(true)
    expect(readdirSync(dir)).toEqual(['article.txt'])
  })

  it('keeps the file what it was: its permissions, a symbolic link and other hard links; a read-only file is not written', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-atomic-'))
    const draft = path.join(dir, 'draft.txt')
    writeFileSync(draft, 'original text\n')
    chmodSync(draft, 0o600)
    writeFileAtomic(draft, 'new text\n')
    expect(statSync(draft).mode & 0o777).toBe(0o600)
    // A link's target is fixed, and the link stays a link.
    const target = path.join(dir, 'target.txt')
    writeFileSync(target, 'original text\n')
    symlinkSync(target, path.join(dir, 'link.txt'))
    writeFileAtomic(path.join(dir, 'link.txt'), 'new text\n')
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('new text\n')
    // Both names of a hard-linked file read the fixed text.
    linkSync(target, path.join(dir, 'other-name.txt'))
    writeFileAtomic(target, 'newer text\n')
    expect(readFileSync(path.join(dir, 'other-name.txt'), 'utf8')).toBe('newer text\n')
    const locked = path.join(dir, 'locked.txt')
    writeFileSync(locked, 'original text\n')
    chmodSync(locked, 0o444)
    expect(() => writeFileAtomic(locked, 'new text\n')).toThrow(/read-only/)
    expect(readFileSync(locked, 'utf8')).toBe('original text\n')
  })
})

describe('inline control comments', () => {
  it('disable/enable, ignore-next and all-rule comments silence exactly what they cover', async () => {
    const text = [
      'Share',
      '<!-- copydesk-ignore-next boilerplate -->',
      'Advertisement',
      'The destroyer was comissioned.',
      '<!-- copydesk-disable spelling -->',
      'The frigate was comissioned too.',
      '<!-- copydesk-enable spelling -->',
      'The tanker was comissioned.',
      '<!-- copydesk-disable -->',
      'The the end.'
    ].join('\n')
    const [file] = await lint(text)
    expect(file.messages.map((message) => `${(message.place as {start: {line: number}}).start.line} ${message.ruleId}`)).toEqual([
      '1 boilerplate',
      '4 spelling',
      '8 spelling'
    ])
  })
})
