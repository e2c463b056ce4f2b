import { MnOfferCard } from './offer-card.component.js';

export { MnOfferCard };

if (!customElements.get('mn-offer-card')) customElements.define('mn-offer-card', MnOfferCard);

declare global {
  interface HTMLElementTagNameMap {
    'mn-offer-card': MnOfferCard;
  }
}
