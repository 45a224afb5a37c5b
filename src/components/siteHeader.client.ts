/** `/` focuses the site search box from anywhere except a field the reader is typing in. */
const search = document.querySelector<HTMLInputElement>('#site-search');

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !search) return;
  const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
  if (typing) return;
  event.preventDefault();
  search.focus();
  search.select();
});
