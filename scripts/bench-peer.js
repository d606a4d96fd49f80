// The benchmark's peer, measured beside copydesk in the same run: a plain unified chain of
// retext-english and retext-spell with the British dictionary, as a newsroom might lint without
// copydesk. Its figures let a reader discount the machine, whose speed moves from run to run.
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import dictionaryEnGb from 'dictionary-en-gb'
import {VFile} from 'vfile'

const peer = unified().use(retextEnglish).use(retextSpell, {dictionary: dictionaryEnGb, max: 0})

/** Lint one text with the peer chain. */
export const lintPeer = async (text) => peer.run(peer.parse(text), new VFile(text))
