import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import path from 'node:path'
import {packageRoot} from '../../src/paths.js'

interface Incoming {
  id?: number
  method?: string
  params?: any
  result?: any
  error?: any
}

/** A minimal LSP client over stdio: Content-Length framing, requests, notifications, waits. */
export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private readonly pending = new Map<number, (message: Incoming) => void>()
  private readonly waiters: Array<{match: (message: Incoming) => boolean; resolve: (message: Incoming) => void}> = []
  readonly notifications: Array<Incoming & {receivedAt: number}> = []

  constructor() {
    this.child = spawn(process.execPath, [path.join(packageRoot, 'bin', 'copydesk-language-server.js'), '--stdio'], {cwd: packageRoot})
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd < 0) return
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1])
      if (this.buffer.length < headerEnd + 4 + length) return
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Incoming
      this.buffer = this.buffer.subarray(headerEnd + 4 + length)
      this.dispatch(message)
    }
  }

  private dispatch(message: Incoming): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message)
      this.pending.delete(message.id)
      return
    }
    if (message.id !== undefined && message.method) {
      // A request from the server (configuration, registration): answer with nothing.
      this.send({jsonrpc: '2.0', id: message.id, result: null})
      return
    }
    this.notifications.push({...message, receivedAt: performance.now()})
    for (const waiter of [...this.waiters]) {
      if (waiter.match(message)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1)
        waiter.resolve(message)
      }
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message))
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]))
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result)))
      this.send({jsonrpc: '2.0', id, method, params})
    })
  }

  notify(method: string, params: unknown): void {
    this.send({jsonrpc: '2.0', method, params})
  }

  /** The next notification that matches (one already received counts only if `since` allows it). */
  waitFor(match: (message: Incoming) => boolean, timeout = 20_000): Promise<Incoming> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for the language server')), timeout)
      this.waiters.push({
        match,
        resolve: (message) => {
          clearTimeout(timer)
          resolve(message)
        }
      })
    })
  }

  close(): void {
    this.child.kill()
  }
}
