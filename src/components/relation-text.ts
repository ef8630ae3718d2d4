import type { AllyEventKind } from '../data/ally-timeline.ts';
import type { EndReason } from '../data/schemas.ts';

/** How a period of formal relations ended, in words that follow a country's name or a date span. */
export const END_REASON_TEXT: Record<EndReason, string> = {
  switched_to_prc: 'switched recognition to Beijing',
  state_dissolved: 'ceased to exist as a state',
  other: 'relations ended (no immediate switch to Beijing)',
};

/** What happened, in words, by event kind. */
export const EVENT_TEXT: Record<AllyEventKind, string> = {
  established: 'established formal relations',
  restored: 'restored formal relations',
  switched: END_REASON_TEXT.switched_to_prc,
  dissolved: END_REASON_TEXT.state_dissolved,
  ended: END_REASON_TEXT.other,
};
