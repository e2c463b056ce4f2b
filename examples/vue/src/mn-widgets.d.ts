/**
 * Template types of the `mn-*` elements for Vue 3 (checked by `vue-tsc` and the Vue
 * language tools): copy this file into your `src/`. At run time Vue also needs
 * `compilerOptions.isCustomElement` (see vite.config.ts).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  MnApplicationForm,
  MnOfferCard,
  MnOfferDetail,
  MnOfferList,
  MnTradeExplorer,
} from '@metiers-numeriques/widgets';

type EventNames = keyof GlobalEventHandlersEventMap;

/**
 * A custom element as Vue's type checker sees a component: `$props` lists the
 * properties a template may bind, `$emit` the events `@…` may listen to. Neither
 * exists on the element at run time.
 */
type DefineCustomElement<Element extends HTMLElement, Properties extends keyof Element, Events extends EventNames> = new () => Element & {
  /** @deprecated For template type checking only. */
  $props: HTMLAttributes & Partial<Pick<Element, Properties>> & PublicProps;
  /** @deprecated For template type checking only. */
  $emit: EmitFn<{ [Name in Events]: (event: GlobalEventHandlersEventMap[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'mn-offer-list': DefineCustomElement<
      MnOfferList,
      | 'feed'
      | 'feedData'
      | 'organisation'
      | 'trade'
      | 'family'
      | 'region'
      | 'departement'
      | 'contract'
      | 'remote'
      | 'category'
      | 'beginners'
      | 'keywords'
      | 'filters'
      | 'sort'
      | 'pageSize'
      | 'syncUrl'
      | 'detail'
      | 'hrefTemplate'
      | 'headingLevel'
      | 'heading'
      | 'spontaneousHref'
      | 'compact',
      'mn-load' | 'mn-error' | 'mn-filter-change' | 'mn-offer-select'
    >;
    'mn-offer-card': DefineCustomElement<
      MnOfferCard,
      'offerId' | 'offer' | 'feed' | 'feedData' | 'headingLevel' | 'hrefTemplate' | 'compact',
      'mn-offer-select'
    >;
    'mn-offer-detail': DefineCustomElement<
      MnOfferDetail,
      'offerId' | 'offer' | 'offerDocument' | 'feed' | 'feedData' | 'headingLevel' | 'seo',
      'mn-load' | 'mn-error' | 'mn-application-open'
    >;
    'mn-application-form': DefineCustomElement<
      MnApplicationForm,
      'offerId' | 'offer' | 'action' | 'privacyHref' | 'consentText' | 'feed' | 'feedData' | 'headingLevel' | 'timeout',
      'mn-application-submit' | 'mn-application-success' | 'mn-application-error'
    >;
    'mn-trade-explorer': DefineCustomElement<
      MnTradeExplorer,
      'feed' | 'feedData' | 'family' | 'trade' | 'hideEmpty' | 'sort' | 'syncUrl' | 'spontaneousHref' | 'headingLevel',
      'mn-load' | 'mn-error' | 'mn-trade-select'
    >;
  }
}
