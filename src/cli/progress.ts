/** Whether a progress bar may be drawn: standard error is a terminal, and no CI job runs the command (its log keeps every redraw). */
export function progressWanted(stderr: NodeJS.WritableStream): boolean {
  return (stderr as NodeJS.WriteStream).isTTY === true && !process.env.CI
}

/** A progress bar on standard error, redrawn in place: “learning [####......] 12/40 articles”. */
export function progressBar(stream: NodeJS.WritableStream, label: string, done: number, total: number): void {
  const width = 30
  const filled = Math.round((done / total) * width)
  stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles${done === total ? '\n' : ''}`)
}
