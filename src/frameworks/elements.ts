/**
 * The `mn-*` elements as the React and Vue typings see them: each tag's class and the
 * classes of the events it dispatches. Properties and event names are derived from the
 * classes, so that the typings follow the elements.
 */
import type { LitElement } from 'lit';
import type { MnApplicationForm } from '../components/application-form/application-form.component.js';
import type { MnOfferCard } from '../components/offer-card/offer-card.component.js';
import type { MnOfferDetail } from '../components/offer-detail/offer-detail.component.js';
import type { MnOfferList } from '../components/offer-list/offer-list.component.js';
import type { MnTradeExplorer } from '../components/trade-explorer/trade-explorer.component.js';
import type { MnApplicationErrorEvent } from '../events/mn-application-error.js';
import type { MnApplicationOpenEvent } from '../events/mn-application-open.js';
import type { MnApplicationSubmitEvent } from '../events/mn-application-submit.js';
import type { MnApplicationSuccessEvent } from '../events/mn-application-success.js';
import type { MnErrorEvent } from '../events/mn-error.js';
import type { MnFilterChangeEvent } from '../events/mn-filter-change.js';
import type { MnLoadEvent } from '../events/mn-load.js';
import type { MnOfferSelectEvent } from '../events/mn-offer-select.js';
import type { MnTradeSelectEvent } from '../events/mn-trade-select.js';

/** An event class of the package: its static `eventName` is the name the DOM sees. */
export type MnEventClass = (abstract new (...args: never[]) => Event) & { readonly eventName: string };

/** One element: its class, and the classes of the events it dispatches (or lets bubble from inside). */
interface Entry<Element extends LitElement, Events extends MnEventClass> {
  element: Element;
  events: Events;
}

/** The events of an application form; they also bubble out of the detail and the list that show one. */
type ApplicationEvents = typeof MnApplicationSubmitEvent | typeof MnApplicationSuccessEvent | typeof MnApplicationErrorEvent;

/** Every `mn-*` tag. */
export interface MnElements {
  'mn-offer-list': Entry<
    MnOfferList,
    typeof MnLoadEvent | typeof MnErrorEvent | typeof MnFilterChangeEvent | typeof MnOfferSelectEvent | typeof MnApplicationOpenEvent | ApplicationEvents
  >;
  'mn-offer-card': Entry<MnOfferCard, typeof MnOfferSelectEvent>;
  'mn-offer-detail': Entry<MnOfferDetail, typeof MnLoadEvent | typeof MnErrorEvent | typeof MnApplicationOpenEvent | ApplicationEvents>;
  'mn-application-form': Entry<MnApplicationForm, ApplicationEvents>;
  'mn-trade-explorer': Entry<
    MnTradeExplorer,
    typeof MnLoadEvent | typeof MnErrorEvent | typeof MnTradeSelectEvent | typeof MnOfferSelectEvent | typeof MnFilterChangeEvent
  >;
}

export type MnTag = keyof MnElements;

/** `K` when `T[K]` can be assigned (not `readonly`, not a getter alone), else `never`. */
type Writable<T, K extends keyof T> =
  (<U>() => U extends { [Q in K]: T[K] } ? 1 : 2) extends <U>() => U extends { -readonly [Q in K]: T[K] } ? 1 : 2 ? K : never;

/**
 * The public properties an element adds to `LitElement`: the ones a framework may set.
 * Methods, read-only members and Lit's own members are left out.
 */
export type MnProperties<Tag extends MnTag> = {
  [K in keyof MnElements[Tag]['element'] as K extends keyof LitElement | symbol | number
    ? never
    : MnElements[Tag]['element'][K] extends (...args: never[]) => unknown
      ? never
      : Writable<MnElements[Tag]['element'], K>]?: MnElements[Tag]['element'][K];
};

/** The names of the events of an element, mapped to their classes. */
export type MnEvents<Tag extends MnTag> = {
  [Class in MnElements[Tag]['events'] as Class['eventName']]: InstanceType<Class>;
};
