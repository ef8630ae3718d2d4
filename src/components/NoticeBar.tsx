import { useAppContext, useAppState, useLocale, useMessages } from '../state/app-context.tsx';
import { reloadAddress } from '../state/reload-address.ts';
import { urlBackedState } from '../state/store.ts';
import { trackAddressOf } from '../state/tracks/open-track.ts';
import { urlProblemText } from '../state/url/url-problems.ts';

/** Notices such as URL parameters that were ignored, in the page's language; each can be dismissed. */
export function NoticeBar() {
  const notices = useAppState((state) => state.notices);
  const dismiss = useAppState((state) => state.dismissNotice);
  const locale = useLocale();
  const { common } = useMessages();
  const { store, years, presentation, tracks } = useAppContext();
  // The address bar may lag the view (a replay's year is left out of it): the reload reads the
  // store, and the track store for an open track's step.
  const reload = () =>
    window.location.assign(reloadAddress(window.location, urlBackedState(store.getState()), years, presentation, tracks ? trackAddressOf(tracks) : null));
  // The live region stays mounted so screen readers announce notices that appear later.
  return (
    <div className={notices.length > 0 ? 'notice-bar' : undefined} role="status" aria-live="polite" aria-label={common.notices}>
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{'urlProblem' in notice ? urlProblemText(notice.urlProblem, common.url) : notice.message[locale]}</span>
          {'action' in notice && notice.action === 'reload' && (
            <button type="button" className="notice-action" onClick={reload}>
              {common.reload}
            </button>
          )}
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={common.dismissNotice}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
