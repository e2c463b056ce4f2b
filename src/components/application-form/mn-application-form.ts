import { MnApplicationForm } from './application-form.component.js';

export { MnApplicationForm };

if (!customElements.get('mn-application-form')) customElements.define('mn-application-form', MnApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'mn-application-form': MnApplicationForm;
  }
}
