import {lint} from './dist/src/index.js'
import {checkStory} from './dist/src/story.js'
import fs from 'node:fs'
const files = await lint(fs.readdirSync('corpus').filter(f=>f.endsWith('.txt')).map(f=>({path:'corpus/'+f, value: fs.readFileSync('corpus/'+f,'utf8')})))
checkStory(files)
for (const f of files) for (const m of f.messages) if (m.ruleId==='cross-article') console.log(f.path, m.place.start.line, m.actual, '|', m.reason)
