import { eventMessage, MESSAGE_API_VERSION, readHostMessage, type HostCommand, type MapEvent, type MessageContext } from './host-messages.ts';
import type { AppStore } from './store.ts';
import type { TrackStore } from './tracks/track-store.ts';

/** What the bridge needs besides the store. */
export interface MessageBridgeOptions extends MessageContext {
  /** The number of formal allies in a year, for `year` events. */
  alliesIn: (year: number) => number;
  /** The talk track that `next`, `previous` and `go-to-step` move through. */
  tracks?: TrackStore;
  window?: Window;
}

function applyCommand(store: AppStore, command: HostCommand, tracks?: TrackStore) {
  const actions = store.getState();
  switch (command.type) {
    case 'set-year':
      return actions.setYear(command.year);
    case 'play':
      if (command.speed) actions.setSpeed(command.speed);
      if (command.loop !== undefined) actions.setLoop(command.loop);
      return command.range ? actions.playRange(command.range) : actions.play();
    case 'pause':
      return actions.pause();
    case 'select':
      return actions.select(command.country);
    case 'set-layers':
      return actions.setLayers(command.layers);
    case 'set-compare':
      actions.setCompare(command.year);
      if (command.year !== null && command.swipe !== undefined) actions.setCompareMode(command.swipe ? 'swipe' : 'side');
      return;
    case 'set-theme':
      return actions.setTheme(command.theme);
    case 'next':
      return tracks?.getState().next();
    case 'previous':
      return tracks?.getState().previous();
    case 'go-to-step':
      return tracks?.getState().goTo(command.step - 1);
  }
}

/**
 * Connects the store to the page that frames the app (when there is one): commands from the
 * parent window change the store; year, playback and selection changes are announced to it.
 * Messages from any other window, or of the wrong shape, change nothing; a message tagged as
 * ours but malformed gets a `rejected` reply so a host page's author can see why.
 */
export function startMessageBridge(store: AppStore, { alliesIn, tracks, window: win = window, ...context }: MessageBridgeOptions) {
  const framed = win.parent !== win;
  // Events carry only public view state, so any host may read them (`*`): the map is meant to be embedded anywhere.
  const post = (event: MapEvent) => {
    if (framed) win.parent.postMessage(eventMessage(event), '*');
  };

  const onMessage = (event: MessageEvent) => {
    if (!framed || event.source !== win.parent) return;
    const read = readHostMessage(event.data, context);
    if (read === null) return;
    if ('rejected' in read) post({ type: 'rejected', reason: read.rejected });
    else applyCommand(store, read.command, tracks);
  };
  win.addEventListener('message', onMessage);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.year !== previous.year) post({ type: 'year', year: state.year, allies: alliesIn(state.year), playing: state.playing });
    if (state.playing !== previous.playing) post({ type: 'playback', playing: state.playing, year: state.year });
    if (state.selected !== previous.selected) post({ type: 'select', country: state.selected });
  });
  // A talk track's step, each time one is shown.
  const unsubscribeTracks = tracks?.subscribe(({ track, at }, previous) => {
    if (track && (track !== previous.track || at !== previous.at))
      post({ type: 'step', step: at + 1, steps: track.steps.length, title: track.steps[at].caption.title.en });
  });

  let announced = false;
  return {
    framed,
    post,
    /** Tells the host the map can be driven; once, when the map has drawn (or shown its fallback). */
    announceReady() {
      if (announced) return;
      announced = true;
      const { year, playing } = store.getState();
      post({ type: 'ready', version: MESSAGE_API_VERSION, year, firstYear: context.years.from, lastYear: context.years.to, playing });
    },
    stop() {
      unsubscribe();
      unsubscribeTracks?.();
      win.removeEventListener('message', onMessage);
    },
  };
}

export type MessageBridge = ReturnType<typeof startMessageBridge>;
