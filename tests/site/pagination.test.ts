/** The pagination helpers: how a listing is split into pages and which page numbers its bar shows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageHref, paginateList } from '../../src/components/utils/paginateList.ts';
import { pageNumbers } from '../../src/components/utils/pageNumbers.ts';
import { pageLabel } from '../../src/components/utils/pageLabel.ts';

describe('paginateList', () => {
  it('splits any list into pages that hold every item once, in order, page 1 at the base', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 500 }), fc.integer({ min: 1, max: 150 }), (items, size) => {
        const paths = paginateList(items, { base: '/topics/t/', params: { topic: 't' }, props: { extra: 1 }, size });
        expect(paths.length).toBe(Math.max(1, Math.ceil(items.length / size)));
        expect(paths.flatMap((path) => path.props.page.items)).toEqual(items);
        for (const [index, { params, props }] of paths.entries()) {
          expect(params).toEqual({ topic: 't', page: index === 0 ? undefined : `page/${index + 1}` });
          expect(props.extra).toBe(1);
          expect(props.page).toMatchObject({ number: index + 1, count: paths.length, start: index * size, total: items.length, base: '/topics/t/' });
          expect(props.page.items.length).toBeLessThanOrEqual(size);
          if (index < paths.length - 1) expect(props.page.items.length).toBe(size);
        }
      }),
    );
  });

  it('gives an empty listing one empty page, and uses PAGE_SIZE by default', () => {
    expect(paginateList([], { base: '/' }).map(({ props }) => props.page.items)).toEqual([[]]);
    const items = Array.from({ length: PAGE_SIZE * 2 + 1 }, (_, index) => index);
    expect(paginateList(items, { base: '/' }).map(({ props }) => props.page.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
  });

  it('refuses a base that does not end in a slash (its pages would not be under it)', () => {
    expect(() => paginateList([1], { base: '/topics/t' })).toThrow(/must end in \//);
  });
});

describe('pageHref', () => {
  it('puts page 1 at the base and page n under page/n/', () => {
    expect(pageHref('/', 1)).toBe('/');
    expect(pageHref('/', 2)).toBe('/page/2/');
    expect(pageHref('/sessions/61/', 12)).toBe('/sessions/61/page/12/');
  });
});

describe('pageNumbers', () => {
  it('shows the first, last and current page with two neighbours, gaps for the rest', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(1, 100)).toEqual([1, 2, 3, null, 100]);
    expect(pageNumbers(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pageNumbers(100, 100)).toEqual([1, null, 98, 99, 100]);
    // A gap of one page shows that page instead of an ellipsis.
    expect(pageNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('for any page of any listing: ascending, each page once, no gap standing for one page, at most nine entries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }).chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))),
        ([current, count]) => {
          const shown = pageNumbers(current, count);
          const numbers = shown.filter((number): number is number => number !== null);
          expect(numbers).toContain(1);
          expect(numbers).toContain(count);
          expect(numbers).toContain(current);
          expect(shown.length).toBeLessThanOrEqual(9);
          for (const [index, entry] of shown.entries()) {
            const before = shown[index - 1];
            const after = shown[index + 1];
            if (entry === null) {
              // A gap sits between two numbers and stands for at least two pages.
              expect(typeof before === 'number' && typeof after === 'number' && after - before > 2).toBe(true);
            } else if (typeof before === 'number') {
              expect(entry).toBe(before + 1);
            }
          }
        },
      ),
    );
  });
});

describe('pageLabel', () => {
  it('adds nothing to page 1 and names the page after it', () => {
    expect(pageLabel({ number: 1, count: 3 })).toBe('');
    expect(pageLabel({ number: 2, count: 3 })).toBe('（第 2/3 页）');
  });
});
