/**
 * JSX types of the `mn-*` elements for React 19: copy this file into your `src/`.
 *
 * React 19 sets a prop as a property when the element has a property of that name
 * (`pageSize`, `offerId`, `feedData`…), else as an attribute (`page-size`); an
 * `on<event name>` prop whose value is a function becomes a listener of that exact
 * event: `onmn-offer-select`, not `onMnOfferSelect`.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type {
  MnApplicationForm,
  MnOfferCard,
  MnOfferDetail,
  MnOfferList,
  MnTradeExplorer,
} from '@metiers-numeriques/widgets';

/** `on<event>` props for the events an element dispatches (names as the DOM has them). */
type EventProps<Names extends keyof GlobalEventHandlersEventMap> = {
  [Name in Names as `on${Name}`]?: (event: GlobalEventHandlersEventMap[Name]) => void;
};

/** React's HTML props, the element's own properties, its events, and `ref`. */
type MnProps<Element extends HTMLElement, Properties extends keyof Element, Events extends keyof GlobalEventHandlersEventMap> =
  HTMLAttributes<Element> &
    RefAttributes<Element> &
    Partial<Pick<Element, Properties>> &
    EventProps<Events> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mn-offer-list': MnProps<
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
      'mn-offer-card': MnProps<MnOfferCard, 'offerId' | 'offer' | 'feed' | 'feedData' | 'headingLevel' | 'hrefTemplate' | 'compact', 'mn-offer-select'>;
      'mn-offer-detail': MnProps<
        MnOfferDetail,
        'offerId' | 'offer' | 'offerDocument' | 'feed' | 'feedData' | 'headingLevel' | 'seo',
        'mn-load' | 'mn-error' | 'mn-application-open'
      >;
      'mn-application-form': MnProps<
        MnApplicationForm,
        'offerId' | 'offer' | 'action' | 'privacyHref' | 'consentText' | 'feed' | 'feedData' | 'headingLevel' | 'timeout',
        'mn-application-submit' | 'mn-application-success' | 'mn-application-error'
      >;
      'mn-trade-explorer': MnProps<
        MnTradeExplorer,
        'feed' | 'feedData' | 'family' | 'trade' | 'hideEmpty' | 'sort' | 'syncUrl' | 'spontaneousHref' | 'headingLevel',
        'mn-load' | 'mn-error' | 'mn-trade-select'
      >;
    }
  }
}
