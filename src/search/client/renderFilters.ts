/**
 * The filter panel: for each filter a group of check boxes, one per value with
 * the number of candidate letters carrying it; the values the URL selects are checked.
 */
import type { FilterCounts } from './pagefindApi.ts';

const LEGEND: Record<string, string> = { part: '位置', year: '年份', topic: '议程主题' };
const VALUE_LABEL: Record<string, string> = { body: '正文', annex: '附件', footnote: '脚注' };

/** Replaces the content of `box` with the filter groups for `counts`. */
export function renderFilters(box: HTMLElement, counts: FilterCounts, params: URLSearchParams, order: readonly string[]): void {
  const groups = order.flatMap((name) => {
    const values = Object.entries(counts[name] ?? {}).filter(([value, count]) => count > 0 || params.getAll(name).includes(value));
    if (values.length === 0) return [];
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = LEGEND[name] ?? name;
    fieldset.append(legend);
    values.sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : 0));
    for (const [value, count] of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = params.getAll(name).includes(value);
      const text = document.createElement('span');
      text.textContent = VALUE_LABEL[value] ?? value;
      const number = document.createElement('span');
      number.className = 'search-filter-count';
      number.textContent = `${count} 封`;
      number.dataset.count = String(count);
      label.append(box, ' ', text, ' ', number);
      fieldset.append(label);
    }
    return [fieldset];
  });
  box.replaceChildren(...groups);
}
