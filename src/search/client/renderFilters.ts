/**
 * The filter panel's check boxes: for each filter a group, one box per value
 * with its number of letters; the values the URL selects are checked, and
 * shown even when none of the letters carries them, so they can be unchecked.
 * A count is exact, or an upper bound written `≤ N` (candidate letters, which
 * may prove to hold no hit) until the list has been read through.
 */
import type { FilterCounts } from './pagefindApi.ts';

const LEGEND: Record<string, string> = { part: '位置', kind: '文书类型', sender: '发信方', addressee: '收信方', topic: '议程主题' };
const VALUE_LABEL: Record<string, Record<string, string>> = {
  part: { meta: '信函信息', body: '正文', annex: '附件', footnote: '脚注' },
  kind: { letter: '信', 'identical-letters': '同文信', 'note-verbale': '普通照会' },
};

/** Replaces the content of `box` with the filter groups `order` for `counts`; `exact` says whether the counts are final. */
export function renderFilters(box: HTMLElement, counts: FilterCounts, params: URLSearchParams, order: readonly string[], exact: boolean, valueLabel: (name: string, value: string) => string | undefined = () => undefined): void {
  const groups = order.flatMap((name) => {
    const selected = params.getAll(name);
    const values = new Map(Object.entries(counts[name] ?? {}).filter(([, count]) => count > 0));
    for (const value of selected) if (!values.has(value)) values.set(value, 0);
    if (values.size === 0) return [];
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = LEGEND[name] ?? name;
    fieldset.append(legend);
    for (const [value, count] of [...values].sort(([, a], [, b]) => b - a)) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = value;
      input.checked = selected.includes(value);
      const text = document.createElement('span');
      text.textContent = VALUE_LABEL[name]?.[value] ?? valueLabel(name, value) ?? value;
      const number = document.createElement('span');
      number.className = 'search-filter-count';
      number.textContent = exact || count === 0 ? `${count} 封` : `≤ ${count} 封`;
      number.dataset.count = String(count);
      number.dataset.exact = String(exact || count === 0);
      label.append(input, ' ', text, ' ', number);
      fieldset.append(label);
    }
    return [fieldset];
  });
  box.replaceChildren(...groups);
}
