/**
 * Turns of the event loop handed out one at a time: each waiter goes on in its own turn, after the
 * loop has taken the messages that arrived meanwhile (a shared setImmediate would release every
 * waiter in the same turn).
 */
export class EventLoopTurns {
  private readonly waiters: (() => void)[] = []
  private scheduled = false

  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push(resolve)
      this.schedule()
    })
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.waiters.shift()?.()
      if (this.waiters.length > 0) this.schedule()
    })
  }
}
