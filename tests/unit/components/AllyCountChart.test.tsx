// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TimelinePanel } from '../../../src/components/TimelinePanel.tsx';
import { renderWithApp } from './render-app.tsx';

/** How often the chart's fixed parts render: each module's component counts its own renders. */
const renders = vi.hoisted(() => ({ marks: 0, patterns: 0 }));

/**
 * The same component, counting each time it renders: memoized if and only if the original is,
 * so the test sees what the module's own memo does.
 */
async function counted<T>(component: T, count: () => void): Promise<T> {
  const { memo } = await import('react');
  type Render = (props: object) => ReactNode;
  const original = component as unknown as Render & { type?: Render };
  const inner = original.type ?? original;
  const counting: Render = (props) => {
    count();
    return inner(props);
  };
  return (original.type ? memo(counting) : counting) as unknown as T;
}

vi.mock('../../../src/components/ChartMarks.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/components/ChartMarks.tsx')>();
  return { ...actual, ChartMarks: await counted(actual.ChartMarks, () => renders.marks++) };
});
vi.mock('../../../src/components/RegionPatterns.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/components/RegionPatterns.tsx')>();
  return { ...actual, RegionPatterns: await counted(actual.RegionPatterns, () => renders.patterns++) };
});

describe('<AllyCountChart> during a replay', () => {
  it('re-renders neither the marks nor the regions’ patterns at a year step', async () => {
    const { store } = renderWithApp(<TimelinePanel />);
    await userEvent.click(screen.getByRole('radio', { name: 'By region' }));
    const before = { ...renders };
    expect(before.marks).toBeGreaterThan(0);
    expect(before.patterns).toBeGreaterThan(0);
    act(() => store.getState().playRange({ from: 1960, to: 1980 }));
    for (let step = 0; step < 10; step++) act(() => store.getState().advance());
    expect(store.getState().year).toBe(1970);
    expect(renders).toEqual(before);
    // The legend follows the year.
    expect(screen.getByRole('list', { name: 'Allies by region in 1970' })).toBeInTheDocument();
  });
});
