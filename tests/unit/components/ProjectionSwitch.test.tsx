// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProjectionSwitch } from '../../../src/components/ProjectionSwitch.tsx';
import { renderWithApp } from './render-app.tsx';

describe('<ProjectionSwitch>', () => {
  it('is a group of two toggle buttons, the flat map pressed by default', () => {
    renderWithApp(<ProjectionSwitch />);
    const group = screen.getByRole('group', { name: 'Map projection' });
    expect(within(group).getByRole('button', { name: 'Flat' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Globe' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('sets the store’s projection, which the map controller applies, and presses the button of the projection shown', async () => {
    const { store } = renderWithApp(<ProjectionSwitch />);
    await userEvent.click(screen.getByRole('button', { name: 'Globe' }));
    expect(store.getState().projection).toBe('globe');
    expect(screen.getByRole('button', { name: 'Globe' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Flat' })).toHaveAttribute('aria-pressed', 'false');
    // Back in the browser (the address) changes the store: the buttons follow.
    act(() => store.getState().setProjection('mercator'));
    expect(screen.getByRole('button', { name: 'Flat' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('names itself and its buttons in Chinese', () => {
    const { store } = renderWithApp(<ProjectionSwitch />);
    act(() => store.getState().setLang('zh-TW'));
    const group = screen.getByRole('group', { name: '地圖投影' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['平面', '地球儀']);
  });
});
