import { MnOfferDetail } from './offer-detail.component.js';

export { MnOfferDetail };

if (!customElements.get('mn-offer-detail')) customElements.define('mn-offer-detail', MnOfferDetail);

declare global {
  interface HTMLElementTagNameMap {
    'mn-offer-detail': MnOfferDetail;
  }
}
