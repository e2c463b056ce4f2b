/**
 * Visible text that ends right of `right` (px), in `root` and the shadow roots under it: one line per text node.
 * Text under `skip` is not looked at (visually hidden or hidden text, by default).
 */
export function textPastRight(root: ParentNode, right: number, skip = '.visually-hidden, [hidden]'): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (!text || node.parentElement?.closest(skip)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width > 0 && box.right > right + 1) out.push(`"${text.slice(0, 30)}" ${Math.round(box.right - right)} px out`);
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(...textPastRight(el.shadowRoot, right, skip));
  }
  return out;
}
