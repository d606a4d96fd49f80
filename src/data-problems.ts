/**
 * Problems with data a config names that copydesk can work around (a damaged
 * learned model: the default model is used instead). The loader records them
 * here, once per process, and the command or language server tells the user.
 */
const problems = new Set<string>()
const told = new Set<string>()

export function dataProblem(line: string): void {
  if (!told.has(line)) problems.add(line)
}

/** The problems not yet told; each is handed out once. */
export function takeDataProblems(): string[] {
  const lines = [...problems]
  for (const line of lines) told.add(line)
  problems.clear()
  return lines
}
