/**
 * Static paths for a paginated listing, in the shape of Astro's `paginate()`, but
 * with every page's number at hand (for page-number navigation) and page n at
 * `<base>page/n/` rather than `<base>n/`, so a listing's pages never collide with
 * the pages beside it. The route is a rest parameter: `[...page].astro`.
 */

/** Letters per listing page: about 100 kB of HTML, light on a phone, still few pages to step through. */
export const PAGE_SIZE = 100;

/** One page of a listing. */
export interface ListPage<T> {
  /** This page's items. */
  items: T[];
  /** 1-based number of this page. */
  number: number;
  /** How many pages the listing has (at least one, even when it is empty). */
  count: number;
  /** Index in the whole listing of this page's first item. */
  start: number;
  /** Items in the whole listing. */
  total: number;
  /** Path of page 1, ending in `/`. */
  base: string;
}

/** The path of page `number` of the listing whose first page is `base`. */
export function pageHref(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/**
 * Splits `items` into pages of `size` as `getStaticPaths()` entries: `params.page`
 * is undefined for page 1 and `page/<n>` after it; `props.page` is the page.
 */
export function paginateList<T, Params extends Record<string, string>, Props extends Record<string, unknown>>(
  items: readonly T[],
  options: { base: string; params?: Params; props?: Props; size?: number },
): { params: Params & { page: string | undefined }; props: Props & { page: ListPage<T> } }[] {
  const { base, size = PAGE_SIZE } = options;
  if (!base.endsWith('/')) throw new Error(`a listing's base path must end in /: ${base}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const start = index * size;
    return {
      params: { ...(options.params as Params), page: number === 1 ? undefined : `page/${number}` },
      props: { ...(options.props as Props), page: { items: items.slice(start, start + size), number, count, start, total: items.length, base } },
    };
  });
}
