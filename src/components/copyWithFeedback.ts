/**
 * Copies `text` to the clipboard for a click on `control`: marks the control
 * `copied` for two seconds and says what was copied in the page's live region,
 * so that screen-reader users hear it too; a refused clipboard is said as well.
 */
const liveRegion = (): HTMLElement | null => document.querySelector<HTMLElement>('#permalink-status');

export function copyWithFeedback(control: Element, text: string, what: string): void {
  navigator.clipboard.writeText(text).then(
    () => {
      control.classList.add('copied');
      const region = liveRegion();
      if (region) region.textContent = `已复制${what}：${text}`;
      setTimeout(() => control.classList.remove('copied'), 2000);
    },
    () => {
      const region = liveRegion();
      if (region) region.textContent = `无法写入剪贴板；${what}：${text}`;
    },
  );
}
