/**
 * Progressive enhancement of the paragraph permalinks: without JavaScript they are
 * plain `#id` links; with it, a click also copies the paragraph's full URL.
 */
const liveRegion = document.querySelector<HTMLElement>('#permalink-status');

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.permalink') : null;
  if (!link || !navigator.clipboard) return;
  const url = new URL(link.hash, location.href).href;
  navigator.clipboard.writeText(url).then(
    () => {
      link.classList.add('copied');
      if (liveRegion) liveRegion.textContent = `已复制链接：${url}`;
      setTimeout(() => link.classList.remove('copied'), 2000);
    },
    () => {
      // Clipboard refused (permissions, insecure context): the link still navigates to the paragraph.
    },
  );
});
