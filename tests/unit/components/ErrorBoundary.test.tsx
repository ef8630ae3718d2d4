// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ErrorBoundary, PartBoundary } from '../../../src/components/ErrorBoundary.tsx';
import { faultsMessages } from '../../../src/i18n/messages/faults.ts';
import { renderWithApp } from './render-app.tsx';

/** A part that fails while `broken.now` is true. */
const broken = { now: true };
const fault = new Error('the part broke');
function Fragile() {
  if (broken.now) throw fault;
  return <p>The part works.</p>;
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  broken.now = true;
  // React reports a caught error with console.error; the boundary itself must add nothing to it.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  for (const call of consoleError.mock.calls) expect(call).toContain(fault);
});

describe('<ErrorBoundary>', () => {
  it('shows a message in the failed part’s place while its siblings stay', () => {
    render(
      <>
        <p>Sibling before</p>
        <ErrorBoundary part="details" messages={faultsMessages.en} className="country-panel">
          <Fragile />
        </ErrorBoundary>
        <p>Sibling after</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong while showing the country details. The rest of the page still works.');
    expect(screen.getByTestId('part-failed')).toHaveClass('part-failed', 'country-panel');
    expect(screen.getByText('Sibling before')).toBeInTheDocument();
    expect(screen.getByText('Sibling after')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
  });

  it('says it in Chinese', () => {
    render(
      <ErrorBoundary part="timeline" messages={faultsMessages['zh-TW']}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('顯示時間軸時發生錯誤。頁面的其他部分仍可使用。');
    expect(screen.getByRole('button', { name: '重試' })).toBeInTheDocument();
  });

  it('renders its children again on Try again, and fails again if they still throw', async () => {
    render(
      <ErrorBoundary part="table" messages={faultsMessages.en}>
        <Fragile />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken.now = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The part works.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tries again by itself when its reset key changes, and offers Close when it can be dismissed', async () => {
    const onDismiss = vi.fn();
    const ui = (key: string) => (
      <ErrorBoundary part="details" messages={faultsMessages.en} resetKey={key} onDismiss={onDismiss}>
        <Fragile />
      </ErrorBoundary>
    );
    const { rerender } = render(ui('FRA'));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    broken.now = false;
    rerender(ui('FRA'));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(ui('DEU'));
    expect(screen.getByText('The part works.')).toBeInTheDocument();
  });

  it('takes the focus the failed part dropped, and leaves focus elsewhere alone', async () => {
    function FocusedFragile() {
      return broken.now ? <Fragile /> : <button type="button">Inside</button>;
    }
    broken.now = false;
    const { rerender } = render(
      <ErrorBoundary part="filters" messages={faultsMessages.en} resetKey={1}>
        <FocusedFragile />
      </ErrorBoundary>,
    );
    screen.getByRole('button', { name: 'Inside' }).focus();
    broken.now = true;
    rerender(
      <ErrorBoundary part="filters" messages={faultsMessages.en} resetKey={1}>
        <FocusedFragile />
      </ErrorBoundary>,
    );
    expect(screen.getByTestId('part-failed')).toHaveFocus();
  });
});

describe('<PartBoundary>', () => {
  it('writes the message in the language chosen in the store, following a switch', () => {
    const { store } = renderWithApp(
      <>
        <PartBoundary part="filters">
          <Fragile />
        </PartBoundary>
        <p>Still here</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong while showing the layers and legend.');
    act(() => store.getState().setLang('zh-TW'));
    expect(screen.getByRole('alert')).toHaveTextContent('顯示圖層與圖例時發生錯誤。');
    expect(screen.getByRole('button', { name: '重試' })).toBeInTheDocument();
    expect(screen.getByText('Still here')).toBeInTheDocument();
  });
});
