import { MnOfferList } from './offer-list.component.js';
// Every list renders cards.
import '../offer-card/mn-offer-card.js';

export { MnOfferList };

if (!customElements.get('mn-offer-list')) customElements.define('mn-offer-list', MnOfferList);

declare global {
  interface HTMLElementTagNameMap {
    'mn-offer-list': MnOfferList;
  }
}
