import { MnOfferList } from './offer-list.component.js';

export { MnOfferList };

if (!customElements.get('mn-offer-list')) customElements.define('mn-offer-list', MnOfferList);

declare global {
  interface HTMLElementTagNameMap {
    'mn-offer-list': MnOfferList;
  }
}
