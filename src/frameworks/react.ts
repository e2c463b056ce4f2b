/**
 * React 19 JSX types of the `mn-*` elements: `import type {} from '@metiers-numeriques/widgets/react';`
 * once in the app (or `"types": ["@metiers-numeriques/widgets/react"]` in its tsconfig.json).
 *
 * React 19 sets a prop as a property when the element has a property of that name (`pageSize`,
 * `offerId`, `feedData`…), else as an attribute (`page-size`); an `on<event name>` prop whose value
 * is a function becomes a listener of that exact event: `onmn-offer-select`, not `onMnOfferSelect`.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { MnElements, MnEvents, MnProperties, MnTag } from './elements.js';

export type { MnElements, MnEvents, MnProperties, MnTag };

/** `on<event name>` props: a listener of each event the element dispatches, given its class. */
export type MnReactEventProps<Tag extends MnTag> = {
  [Name in keyof MnEvents<Tag> as `on${Name & string}`]?: (event: MnEvents<Tag>[Name]) => void;
};

/** The props of an `mn-*` tag in JSX: React's HTML props, the element's properties, its events and `ref`. */
export type MnReactProps<Tag extends MnTag> = Omit<HTMLAttributes<MnElements[Tag]['element']>, keyof MnProperties<Tag>> &
  RefAttributes<MnElements[Tag]['element']> &
  MnProperties<Tag> &
  MnReactEventProps<Tag> & {
    /** React 19 passes `class` to a custom element as the attribute (as it does `className`). */
    class?: string;
  };

/** Every `mn-*` tag, with its props. */
export type MnReactElements = { [Tag in MnTag]: MnReactProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends MnReactElements {}
  }
}
