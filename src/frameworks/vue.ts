/**
 * Vue 3 template types of the `mn-*` elements, for `vue-tsc` and the Vue language tools:
 * `import type {} from '@metiers-numeriques/widgets/vue';` once in the app (or
 * `"types": ["@metiers-numeriques/widgets/vue"]` in its tsconfig.json). At run time, Vue's
 * compiler also needs `compilerOptions.isCustomElement` for the `mn-` tags.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { MnElements, MnEvents, MnProperties, MnTag } from './elements.js';

export type { MnElements, MnEvents, MnProperties, MnTag };

/**
 * An `mn-*` element as Vue's type checker sees a component: `$props` lists what a template may
 * bind, `$emit` the events `@…` may listen to. Neither exists on the element at run time.
 */
export type MnVueComponent<Tag extends MnTag> = new () => MnElements[Tag]['element'] & {
  /** @deprecated For template type checking only: not on the element. */
  $props: Omit<HTMLAttributes, keyof MnProperties<Tag>> & MnProperties<Tag> & PublicProps;
  /** @deprecated For template type checking only: not on the element. */
  $emit: EmitFn<{ [Name in keyof MnEvents<Tag>]: (event: MnEvents<Tag>[Name]) => void }>;
};

/** Every `mn-*` tag, as a component. */
export type MnVueComponents = { [Tag in MnTag]: MnVueComponent<Tag> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends MnVueComponents {}
}
