import { afterNextRender, Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
// Registers the elements before Angular creates them, so that Angular sets their properties.
import '@metiers-numeriques/widgets/mn-offer-list.js';
import '@metiers-numeriques/widgets/mn-application-form.js';
import type { MnFilterChangeEvent, MnLoadEvent, MnOfferSelectEvent } from '@metiers-numeriques/widgets';

const texts = {
  fr: { title: 'Nos offres d’emploi', application: 'Candidature' },
  en: { title: 'Our job offers', application: 'Application' },
};

/** A ministry's job page: its offers, and the application form of the offer the visitor opens. */
@Component({
  selector: 'app-jobs-page',
  // <mn-…> are custom elements: Angular lets their properties and events through.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>{{ texts[lang()].title }}{{ count() === undefined ? '' : ' (' + count() + ')' }}</h1>
      <mn-offer-list
        [feed]="feed()"
        [organisation]="organisation()"
        [lang]="lang()"
        (mn-load)="onLoad($event)"
        (mn-filter-change)="onFilterChange($event)"
        (mn-offer-select)="onOfferSelect($event)"
      ></mn-offer-list>
      @if (offerId(); as id) {
        <section #application tabindex="-1" [attr.aria-label]="texts[lang()].application">
          <mn-application-form [offerId]="id" [feed]="feed()" [lang]="lang()" privacy-href="/donnees-personnelles"></mn-application-form>
        </section>
      }
    </main>
  `,
})
export class JobsPageComponent {
  /** The site's language: the elements follow it. */
  readonly lang = input<'fr' | 'en'>('fr');
  /** The ministry whose offers are shown (with its services): an organisation id of the feed. */
  readonly organisation = input.required<string>();
  /** URL of the feed, e.g. the ministry's slice; '' for the central feed. */
  readonly feed = input('');

  protected readonly texts = texts;
  protected readonly count = signal<number | undefined>(undefined);
  protected readonly offerId = signal<string | undefined>(undefined);
  private readonly application = viewChild<ElementRef<HTMLElement>>('application');
  private readonly injector = inject(Injector);

  protected onLoad(event: MnLoadEvent): void {
    this.count.set(event.count);
  }

  protected onFilterChange(event: MnFilterChangeEvent): void {
    this.count.set(event.total);
  }

  protected onOfferSelect(event: MnOfferSelectEvent): void {
    event.preventDefault(); // stay in the app: the form opens below
    this.offerId.set(event.offerId);
    // once Angular has rendered the form, take the visitor to it
    afterNextRender(() => this.application()?.nativeElement.focus(), { injector: this.injector });
  }
}
