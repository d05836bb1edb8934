/**
 * Progress on standard error: articles, articles/s and MB/s (bytes read from disk). On a
 * terminal one line is redrawn in place; otherwise (when asked for with --progress) a plain line
 * every few seconds, so a log file does not fill with carriage returns.
 */
export class Progress {
  private readonly started = Date.now()
  private last = 0
  private drawn = false

  constructor(
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
    private readonly tty: boolean,
  ) {}

  update(articles: number, bytes: number): void {
    if (!this.enabled) return
    const now = Date.now()
    if (now - this.last < (this.tty ? 200 : 5000)) return
    this.last = now
    const line = this.line(articles, bytes, now)
    if (this.tty) {
      this.write(`\r${line}\u001b[K`)
      this.drawn = true
    } else this.write(`${line}\n`)
  }

  /** Clears the terminal line before the summary. */
  done(): void {
    if (this.drawn) this.write('\r\u001b[K')
  }

  private line(articles: number, bytes: number, now: number): string {
    const s = Math.max(0.001, (now - this.started) / 1000)
    return `${articles} articles, ${(articles / s).toFixed(0)} articles/s, ${(bytes / 1e6).toFixed(1)} MB read, ${(bytes / 1e6 / s).toFixed(1)} MB/s`
  }
}
