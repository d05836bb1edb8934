/**
 * Progress on standard error. On a terminal: a bar (cli-progress) of bytes read from disk against
 * the inputs' size on disk, with articles, articles/s, MB/s and the ETA; without a size (standard
 * input) the same figures without a bar. Not on a terminal: nothing, unless --progress asks, and
 * then a plain line every few seconds, so a log file does not fill with carriage returns.
 */
import type { SingleBar } from 'cli-progress'

export class Progress {
  private readonly started = Date.now()
  private last = 0
  private bar: SingleBar | null = null
  private total = 0

  constructor(
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
    private readonly tty: boolean,
    private readonly stream: NodeJS.WriteStream | null,
  ) {}

  private Bar: typeof SingleBar | null = null

  /** Loads cli-progress when a bar will be drawn (a run without one never loads it). */
  async prepare(): Promise<void> {
    if (this.enabled && this.tty && this.stream) this.Bar = (await import('cli-progress')).SingleBar
  }

  /** The bytes on disk of the inputs, when known (the bar's total). */
  setTotal(bytes: number): void {
    this.total = bytes
  }

  update(articles: number, bytes: number): void {
    if (!this.enabled) return
    const now = Date.now()
    if (now - this.last < (this.tty ? 100 : 5000)) return
    this.last = now
    const s = Math.max(0.001, (now - this.started) / 1000)
    const payload = { articles, rate: (articles / s).toFixed(0), mbs: (bytes / 1e6 / s).toFixed(1), mb: (bytes / 1e6).toFixed(1) }
    if (this.tty && this.stream && this.Bar) {
      if (!this.bar) {
        const format = this.total > 0
          ? '{bar} {percentage}% | {articles} articles, {rate}/s | {mb} MB, {mbs} MB/s | ETA {eta_formatted}'
          : '{articles} articles, {rate}/s | {mb} MB read, {mbs} MB/s'
        this.bar = new this.Bar({ format, stream: this.stream, hideCursor: false, clearOnComplete: true, etaBuffer: 50, fps: 10 })
        this.bar.start(Math.max(1, this.total), 0, payload)
      }
      this.bar.update(this.total > 0 ? Math.min(bytes, this.total) : 0, payload)
    } else this.write(`${payload.articles} articles, ${payload.rate} articles/s, ${payload.mb} MB read, ${payload.mbs} MB/s\n`)
  }

  /** Clears the bar before the summary. */
  done(): void {
    if (this.bar) this.bar.stop()
  }
}
