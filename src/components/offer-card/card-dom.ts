/**
 * The card's DOM, built and updated without templates: a page shows many
 * cards at once, and creating a few elements directly costs less than
 * cloning, walking and filling nested Lit templates (docs/benchmarks.md).
 *
 * The card describes what it shows as a tree of `Shape`s; `build` creates
 * the elements, `patch` brings elements built from an earlier tree up to date,
 * touching only what changed (a focused link stays focused).
 */

/**
 * One element: tag, class, part, attributes, and its text or its children.
 * Shapes of the same tag, class and part have both a text or both children.
 */
export interface Shape {
  tag: string;
  class: string;
  part?: string;
  attrs?: Record<string, string>;
  /** A click listener, added once when the element is created. */
  click?: (event: MouseEvent) => void;
  text?: string;
  children?: Shape[];
}

/** Creates the elements of `shape`. */
export function build(shape: Shape): HTMLElement {
  const el = document.createElement(shape.tag);
  if (shape.part !== undefined) el.setAttribute('part', shape.part);
  el.className = shape.class;
  const { attrs, children } = shape;
  if (attrs) for (const name in attrs) el.setAttribute(name, attrs[name] as string);
  if (shape.click) el.addEventListener('click', shape.click as EventListener);
  if (children) el.append(...children.map(build));
  else if (shape.text !== undefined) el.textContent = shape.text;
  return el;
}

const same = (a: Shape, b: Shape): boolean => a.tag === b.tag && a.class === b.class && a.part === b.part && a.click === b.click;

/** Updates `el`, built from `old`, to show `shape`; returns it, or the element that replaced it. */
export function patch(el: HTMLElement, old: Shape, shape: Shape): HTMLElement {
  if (!same(old, shape)) {
    const replacement = build(shape);
    el.replaceWith(replacement);
    return replacement;
  }
  const { attrs } = shape;
  for (const name in attrs) if (old.attrs?.[name] !== attrs[name]) el.setAttribute(name, attrs[name] as string);
  for (const name in old.attrs) if (!attrs || !(name in attrs)) el.removeAttribute(name);
  if (shape.children === undefined) {
    if (old.text !== shape.text) el.textContent = shape.text ?? '';
  } else {
    // Children keep their order; optional ones come and go: match each new child with the next old one
    // of the same kind, remove the old ones skipped, create the new ones not found.
    const nodes = [...el.children] as HTMLElement[];
    const before = old.children ?? [];
    let i = 0;
    for (const child of shape.children) {
      let j = i;
      while (j < before.length && !same(before[j] as Shape, child)) j++;
      if (j < before.length) {
        for (; i < j; i++) nodes[i]?.remove();
        patch(nodes[i] as HTMLElement, before[i] as Shape, child);
        i++;
      } else {
        el.insertBefore(build(child), nodes[i] ?? null);
      }
    }
    for (; i < before.length; i++) nodes[i]?.remove();
  }
  return el;
}
