/**
 * CSS custom states (`:state(name)`) are styling hooks, never behaviour: engines
 * without them (Safari before 17.4, Chromium before 125 which only takes `--name`)
 * must render the element all the same.
 */

/** `el.attachInternals()`, or `undefined` where the engine has no ElementInternals. */
export function attachInternals(el: HTMLElement): ElementInternals | undefined {
  try {
    return el.attachInternals();
  } catch {
    return undefined;
  }
}

/** Sets each named custom state on or off; does nothing where custom states are unsupported. */
export function setCustomStates(internals: ElementInternals | undefined, states: Record<string, boolean>): void {
  const set = internals?.states;
  if (!set) return;
  for (const [name, on] of Object.entries(states)) {
    try {
      if (on) set.add(name);
      else set.delete(name);
    } catch {
      return; // this engine only accepts the older `--name` form
    }
  }
}
