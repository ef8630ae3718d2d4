import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LayerFilters, type LayerSwatch } from '../../../src/components/LayerFilters.tsx';
import { LAYER_IDS, type LayerId } from '../../../src/data/layers.ts';
import { renderWithApp } from './render-app.tsx';

const swatches = Object.fromEntries(LAYER_IDS.map((id) => [id, { color: '#000000', kind: 'fill' }])) as Record<LayerId, LayerSwatch>;

describe('<LayerFilters>', () => {
  it('shows a checked toggle per layer with its count', () => {
    renderWithApp(<LayerFilters swatches={swatches} />);
    const ally = screen.getByRole('checkbox', { name: 'Formal diplomatic ally 12 places' });
    expect(ally).toBeChecked();
    expect(ally).toHaveAccessibleDescription(/Formal diplomatic relations with the Republic of China/);
    expect(screen.getByRole('group', { name: /Visa access 179 places/ })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(6);
  });

  it('toggling a layer updates the store', async () => {
    const { store } = renderWithApp(<LayerFilters swatches={swatches} />);
    await userEvent.click(screen.getByRole('checkbox', { name: /New Southbound Policy/ }));
    expect(store.getState().layers).not.toContain('nsp');
    expect(screen.getByRole('checkbox', { name: /New Southbound Policy/ })).not.toBeChecked();
  });

  it('"Hide all" and "Show all" set every layer', async () => {
    const { store } = renderWithApp(<LayerFilters swatches={swatches} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hide all' }));
    expect(store.getState().layers).toEqual([]);
    expect(screen.getByRole('button', { name: 'Hide all' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().layers).toEqual([...LAYER_IDS]);
  });
});
