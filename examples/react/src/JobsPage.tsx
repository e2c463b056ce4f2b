import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
// Registers the elements before React creates them, so that React sets their properties.
import '@metiers-numeriques/widgets/mn-offer-list.js';
import '@metiers-numeriques/widgets/mn-application-form.js';
import type { MnFilterChangeEvent, MnLoadEvent, MnOfferSelectEvent } from '@metiers-numeriques/widgets';
// The JSX types of the mn-* tags (their properties and events), once in the app.
import type {} from '@metiers-numeriques/widgets/react';

export interface JobsPageProps {
  /** The site's language: the elements follow it. */
  lang: 'fr' | 'en';
  /** The ministry whose offers are shown (with its services): an organisation id of the feed. */
  organisation: string;
  /** URL of the feed, e.g. the ministry's slice; default: the central feed. */
  feed?: string;
}

const noSubscription = () => () => {};

/**
 * False on the server and while React hydrates the server's HTML, true afterwards (and at once in an
 * app rendered in the browser only). React 19 does not add the `on…` listeners of the custom
 * elements it hydrates, nor set their properties (https://github.com/react/react/issues/35446):
 * rendered on the client only, the elements get both, in Next.js as in a Vite app.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

const texts = {
  fr: { title: 'Nos offres d’emploi', application: 'Candidature' },
  en: { title: 'Our job offers', application: 'Application' },
};

/** A ministry's job page: its offers, and the application form of the offer the visitor opens. */
export function JobsPage({ lang, organisation, feed }: JobsPageProps) {
  const [count, setCount] = useState<number>();
  const [offerId, setOfferId] = useState<string>();
  const application = useRef<HTMLElement>(null);
  const hydrated = useHydrated();
  const t = texts[lang];

  // Take the visitor to the form of the offer they opened.
  useEffect(() => {
    if (offerId) application.current?.focus();
  }, [offerId]);

  return (
    <main>
      <h1>
        {t.title}
        {count === undefined ? '' : ` (${count})`}
      </h1>
      {hydrated && (
        <mn-offer-list
          feed={feed}
          organisation={organisation}
          lang={lang}
          onmn-load={(event: MnLoadEvent) => setCount(event.count)}
          onmn-filter-change={(event: MnFilterChangeEvent) => setCount(event.total)}
          onmn-offer-select={(event: MnOfferSelectEvent) => {
            event.preventDefault(); // stay in the app: the form opens below
            setOfferId(event.offerId);
          }}
        />
      )}
      {offerId && (
        <section ref={application} tabIndex={-1} aria-label={t.application}>
          <mn-application-form offerId={offerId} feed={feed} lang={lang} privacyHref="/donnees-personnelles" />
        </section>
      )}
    </main>
  );
}
