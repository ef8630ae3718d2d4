import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NoticeBar } from '../../../src/components/NoticeBar.tsx';
import { renderWithApp } from './render-app.tsx';

describe('<NoticeBar>', () => {
  it('shows notices in a status region and dismisses them one by one', async () => {
    const { store } = renderWithApp(<NoticeBar />);
    act(() =>
      store.getState().addNotices([
        { id: 'a', message: 'Ignored country "XXX".' },
        { id: 'b', message: 'Ignored show "bogus".' },
      ]),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Ignored country "XXX".');
    await userEvent.click(screen.getAllByRole('button', { name: 'Dismiss notice' })[0]);
    expect(screen.getByRole('status')).not.toHaveTextContent('XXX');
    expect(screen.getByRole('status')).toHaveTextContent('bogus');
  });
});
