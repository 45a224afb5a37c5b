/**
 * The `引用` buttons of a letter page: a click copies the citation, in the UN's
 * style, of the letter or of the block the button ends, with its permalink
 * (see unCitation.ts). The letter's symbols (or title and date) are on the
 * article, each annex's label on its section, each printed number on its block.
 */
import { copyWithFeedback } from './copyWithFeedback.ts';
import { unCitation } from './utils/unCitation.ts';

/** The citation a button stands for: its block's, or the whole letter's. */
function citationFor(button: Element): string | undefined {
  const article = button.closest<HTMLElement>('article[data-citation]');
  if (!article) return undefined;
  const block = button.closest<HTMLElement>('.block[id]');
  const url = new URL(block ? `#${block.id}` : '', location.href);
  if (!block) url.hash = '';
  const number = block?.dataset.number;
  return unCitation({
    base: article.dataset.citation ?? '',
    annex: block?.closest<HTMLElement>('section[data-citation-part]')?.dataset.citationPart,
    paragraph: number === undefined ? undefined : Number(number),
    url: `${url.origin}${url.pathname}${url.hash}`,
  });
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.cite') : null;
  if (!button) return;
  const citation = citationFor(button);
  if (citation === undefined || !navigator.clipboard) return;
  copyWithFeedback(button, citation, '引用');
});
