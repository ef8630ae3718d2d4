import { useId, useMemo, useState } from 'react';
import { drawableLayers, drawnLayers } from '../data/layer-availability.ts';
import type { LayerId } from '../data/layers.ts';
import { formatList, formatYear } from '../i18n/format.ts';
import { partialNote } from '../i18n/labels.ts';
import { useAppContext, useAppState, useCompareSources, useLocale, useMessages, useTimelineYear } from '../state/app-context.tsx';
import { timelineYear } from '../data/ally-timeline.ts';
import { shapeCodesFor } from '../data/historical-entities.ts';
import { compareYears } from '../data/year-compare.ts';
import { shownColumns, sortTableRows, tableRows, type CompareColumnInput, type SortDirection, type TableColumn } from '../state/table-rows.ts';

interface SortState {
  column: TableColumn;
  direction: SortDirection;
}

/** ▲ or ▼ after the sorted column's label, ↕ after the others; decoration only (aria-sort says it). */
function SortIcon({ direction }: { direction: SortDirection | null }) {
  return (
    <span className="sort-icon" aria-hidden="true">
      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
    </span>
  );
}

/**
 * The map as a table: one row per country the map draws for the store's year and chosen layers
 * (state/table-rows.ts), in the chosen language. Every column sorts (a button in its header;
 * aria-sort on the header says how); each country's name is a button that selects it, which
 * opens its details panel. The caption says the year, the layers in words and the row count.
 */
export function TableView() {
  const { profiles, names, availability, timeline } = useAppContext();
  const compareSources = useCompareSources();
  const compareYear = useAppState((state) => state.compare);
  const layers = useAppState((state) => state.layers);
  const selected = useAppState((state) => state.selected);
  const select = useAppState((state) => state.select);
  const entry = useTimelineYear();
  const locale = useLocale();
  const { table, vocabulary, compare: compareText } = useMessages();
  const [sort, setSort] = useState<SortState>({ column: 'name', direction: 'ascending' });
  const captionId = useId();
  const { year } = entry;

  const drawable = useMemo(() => drawableLayers(year, availability), [year, availability]);
  // In the compare view, a column with each country's standing in the other year and how it changed since.
  const compare = useMemo((): CompareColumnInput | undefined => {
    if (compareYear === null) return undefined;
    const { changes } = compareYears(compareSources, year, compareYear);
    return {
      year: compareYear,
      statusByShape: timelineYear(timeline, compareYear).statusByShape,
      changeByShape: new Map(changes.flatMap((change) => shapeCodesFor(change.iso3).map((shape) => [shape, change.kind] as const))),
    };
  }, [compareYear, compareSources, timeline, year]);
  const columns = shownColumns(compare !== undefined);
  const rows = useMemo(
    () => tableRows({ year, layers, entry, profiles, names, drawable, locale, compare }),
    [year, layers, entry, profiles, names, drawable, locale, compare],
  );
  const columnName = (column: TableColumn) =>
    column === 'compare' && compareYear !== null ? compareText.column(formatYear(compareYear, locale)) : table.columns[column];
  const sorted = useMemo(() => sortTableRows(rows, sort.column, sort.direction, locale), [rows, sort, locale]);

  const drawn = drawnLayers(layers, drawable);
  // A year before the offices are complete may list too few partners: said once, as the legend says it.
  const partnerNote = partialNote(availability.partner, year, locale);
  const notDrawn = layers.filter((layer) => !drawn.includes(layer));
  const layerWords = (ids: readonly LayerId[]) =>
    formatList(
      ids.map((layer) => vocabulary.layer[layer]),
      locale,
    );

  // Sentences are spaced in English, not in Chinese (whose full stop is full width).
  const gap = locale === 'zh-TW' ? '' : ' ';

  const sortBy = (column: TableColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <div className="table-view" data-testid="table-view">
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="country-table">
          <caption id={captionId}>
            <span className="table-caption-main">{table.caption(formatYear(year, locale), drawn.length > 0 ? layerWords(drawn) : table.noLayers)}</span>
            {notDrawn.length > 0 && (
              <>
                {gap}
                <span className="table-caption-note">{table.notDrawn(layerWords(notDrawn))}</span>
              </>
            )}
            {drawn.includes('partner') && partnerNote && (
              <>
                {gap}
                <span className="table-caption-note">{partnerNote}</span>
              </>
            )}
            {gap}
            <span className="visually-hidden">{table.sortedBy(columnName(sort.column), table[sort.direction])}</span>
            {gap}
            <span className="table-count" data-testid="table-count">
              {table.count(sorted.length)}
            </span>
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const direction = sort.column === column ? sort.direction : null;
                return (
                  <th key={column} scope="col" className={`col-${column}`} aria-sort={direction ?? undefined}>
                    <button type="button" className="sort-button" onClick={() => sortBy(column)}>
                      {columnName(column)}
                      <SortIcon direction={direction} />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="table-empty">
                  {table.empty}
                </td>
              </tr>
            ) : (
              sorted.map((row) => (
                <tr key={row.iso3} className={row.iso3 === selected ? 'is-selected' : undefined} aria-current={row.iso3 === selected ? 'true' : undefined}>
                  <th scope="row" className="col-name">
                    <button type="button" className="link-button" onClick={() => select(row.iso3)}>
                      {row.name}
                    </button>
                  </th>
                  <td className="col-code">{row.iso3}</td>
                  <td className="col-categories">{row.categories.join(table.categorySeparator)}</td>
                  {compare && <td className="col-compare">{row.compare}</td>}
                  <td className="col-relations">{row.relations}</td>
                  <td className="col-visa">{row.visa}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
