import { MnTradeExplorer } from './trade-explorer.component.js';
// The detail view shows the trade's open offers with <mn-offer-list>.
import '../offer-list/mn-offer-list.js';

export { MnTradeExplorer };

if (!customElements.get('mn-trade-explorer')) customElements.define('mn-trade-explorer', MnTradeExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'mn-trade-explorer': MnTradeExplorer;
  }
}
