/**
 * How long a map waits for its lost WebGL context to come back before saying so. A GPU reset or a
 * projector switch gives it back within a second or two; a browser that has given up on WebGL for
 * the page (too many resets) never does.
 */
export const CONTEXT_RESTORE_WAIT_MS = 6_000;

/** What the watch reports: the context stayed lost past the wait, or came back after that. */
export interface ContextLossCallbacks {
  onGaveUp: () => void;
  /** Only after `onGaveUp`: a restore within the wait needs no word. */
  onRecovered: () => void;
}

/**
 * The timing of a lost WebGL context as plain logic (no WebGL): `lost` starts the wait, `restored`
 * ends it; past the wait it gives up once per loss. The map controller feeds it MapLibre's
 * `webglcontextlost` and `webglcontextrestored` events.
 */
export class ContextLossWatch {
  private pending: ReturnType<typeof setTimeout> | null = null;
  private gaveUp = false;

  constructor(
    private readonly callbacks: ContextLossCallbacks,
    private readonly waitMs = CONTEXT_RESTORE_WAIT_MS,
    private readonly timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis,
  ) {}

  /** Whether the context is lost now. */
  get isLost(): boolean {
    return this.pending !== null || this.gaveUp;
  }

  lost() {
    // A second loss event before a restore is the same loss: the wait keeps its start.
    if (this.isLost) return;
    this.pending = this.timers.setTimeout(() => {
      this.pending = null;
      this.gaveUp = true;
      this.callbacks.onGaveUp();
    }, this.waitMs);
  }

  restored() {
    this.cancel();
    if (!this.gaveUp) return;
    this.gaveUp = false;
    this.callbacks.onRecovered();
  }

  stop() {
    this.cancel();
  }

  private cancel() {
    if (this.pending !== null) this.timers.clearTimeout(this.pending);
    this.pending = null;
  }
}
