// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TrackEditor } from '../../../src/components/TrackEditor.tsx';
import { DRAFT_KEY } from '../../../src/state/tracks/track-draft.ts';
import { renderWithApp } from './render-app.tsx';

afterEach(() => localStorage.clear());

describe('<TrackEditor>', () => {
  it('adds the view as a step, captions it in both languages, and gives the track’s link once it is complete', async () => {
    const { store, unmount } = renderWithApp(<TrackEditor onClose={() => undefined} />);
    store.getState().setYear(1990);
    expect(screen.getByText('No steps yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add this view as a step' }));
    const step = screen.getByRole('group', { name: 'Step 1 · 1990' });
    expect(within(step).getByRole('textbox', { name: 'Step 1: Title (English)' })).toHaveValue('1990');
    await userEvent.type(within(step).getByRole('textbox', { name: 'Step 1: Text (about 40 words) (English)' }), '<b>');
    // Not ready: no title yet, and markup in a caption; the reason is shown.
    expect(screen.getByRole('status')).toHaveTextContent('Not ready to share: title.en is missing or of the wrong type.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Track title (English)' }), 'My talk');
    await userEvent.type(screen.getByRole('textbox', { name: 'Track title (Chinese (Traditional))' }), '我的演講');
    expect(screen.getByRole('status')).toHaveTextContent('steps[0].caption.text.en looks like markup or a script');
    await userEvent.clear(within(step).getByRole('textbox', { name: 'Step 1: Text (about 40 words) (English)' }));
    expect(((await screen.findByRole('textbox', { name: 'Link' })) as HTMLInputElement).value).toMatch(/\?lang=en&track=[\w-]+$/);
    // The draft survives a reload.
    unmount();
    renderWithApp(<TrackEditor onClose={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Track title (Chinese (Traditional))' })).toHaveValue('我的演講');
  });

  it('sets an unreadable draft aside and says where it is kept', () => {
    localStorage.setItem(DRAFT_KEY, '{not json');
    const { store } = renderWithApp(<TrackEditor onClose={() => undefined} />);
    const notice = store.getState().notices.find((n) => n.id === 'track-draft');
    expect(notice && 'message' in notice && notice.message.en).toMatch(
      /could not be read; it was kept in this browser’s storage as “taiwan-ties\.track-draft\.unreadable-\d+”/,
    );
    expect(localStorage.getItem(DRAFT_KEY)).not.toBe('{not json');
  });
});
