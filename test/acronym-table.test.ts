import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readAcronymTable} from '../src/knowledge/acronym-table.js'
import {ruleDataPath} from '../src/paths.js'

// The table is read at every start, field by field: what it holds must not depend on how the lines end.
describe('the acronym table (src/knowledge/acronym-table.ts)', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-acronyms-'))
  const table = (text: string) => {
    const file = path.join(folder, 'acronyms.tsv')
    writeFileSync(file, text)
    return [...readAcronymTable(file)]
  }

  it('gives each acronym its expansions in order, trimmed, past the header', () => {
    const rows = ['acronym\texpansion\tsource', 'MoD\tMinistry of Defence\tcopydesk', ' DoD \t Department of Defense \tcopydesk', 'MoD\tMinistry of Defense\tcopydesk', '']
    expect(table(rows.join('\n'))).toEqual([
      ['MoD', ['Ministry of Defence', 'Ministry of Defense']],
      ['DoD', ['Department of Defense']]
    ])
    // Windows line ends, a row of two fields and rows with an empty or a missing field.
    expect(table(rows.join('\r\n') + 'NATO\tNorth Atlantic Treaty Organization\r\n\tno acronym\tx\r\nAU\t \tx\r\nRAF\r\n')).toEqual([
      ['MoD', ['Ministry of Defence', 'Ministry of Defense']],
      ['DoD', ['Department of Defense']],
      ['NATO', ['North Atlantic Treaty Organization']]
    ])
  })

  it('reads the shipped table', () => {
    const shipped = readAcronymTable(ruleDataPath('acronym', 'acronyms.tsv'))
    expect(shipped.size).toBeGreaterThan(2000)
    expect(shipped.get('1SL')).toEqual(['First Sea Lord'])
  })
})
