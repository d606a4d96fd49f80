import {cleanArticles} from './real-copy.js'
const rows = []
for (const a of cleanArticles('tune')) {
  const lines = a.text.split('\n').filter(Boolean)
  lines.forEach((l, i) => { if (i < 1) return; const w = l.split(/\s+/).length; if (!/[.!?:;"”’)]\s*$/.test(l)) rows.push(`${a.file}:${i + 1} [${w}] ${l.slice(0, 110)}`) })
}
console.log(rows.length); console.log(rows.join('\n'))
