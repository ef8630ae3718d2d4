import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTEXT_RESTORE_WAIT_MS, ContextLossWatch } from '../../../src/map/context-loss.ts';

describe('ContextLossWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const watching = () => {
    const events: string[] = [];
    const watch = new ContextLossWatch({ onGaveUp: () => events.push('gave up'), onRecovered: () => events.push('recovered') });
    return { watch, events };
  };

  it('says nothing when the context comes back within the wait', () => {
    const { watch, events } = watching();
    watch.lost();
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS - 1);
    watch.restored();
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS * 2);
    expect(events).toEqual([]);
    expect(watch.isLost).toBe(false);
  });

  it('gives up once when the context stays lost past the wait', () => {
    const { watch, events } = watching();
    watch.lost();
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS);
    expect(events).toEqual(['gave up']);
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS * 10);
    expect(events).toEqual(['gave up']);
    expect(watch.isLost).toBe(true);
  });

  it('reports a restore that comes after it gave up, and watches the next loss afresh', () => {
    const { watch, events } = watching();
    watch.lost();
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS);
    watch.restored();
    expect(events).toEqual(['gave up', 'recovered']);
    watch.lost();
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS);
    expect(events).toEqual(['gave up', 'recovered', 'gave up']);
  });

  it('keeps the wait’s start through a repeated loss event', () => {
    const { watch, events } = watching();
    watch.lost();
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS / 2);
    watch.lost();
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS / 2);
    expect(events).toEqual(['gave up']);
  });

  it('stop() cancels the wait (a map removed while its context is lost)', () => {
    const { watch, events } = watching();
    watch.lost();
    watch.stop();
    vi.advanceTimersByTime(CONTEXT_RESTORE_WAIT_MS * 2);
    expect(events).toEqual([]);
  });
});
