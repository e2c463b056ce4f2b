/**
 * Registers every `mn-*` element. The entry of the script-tag bundle
 * (`dist/mn-widgets.js`) and of `@metiers-numeriques/widgets/all.js`.
 */
import './components/offer-card/mn-offer-card.js';
import './components/offer-list/mn-offer-list.js';
import './components/offer-detail/mn-offer-detail.js';
import './components/application-form/mn-application-form.js';
import './components/trade-explorer/mn-trade-explorer.js';

export * from './index.js';
