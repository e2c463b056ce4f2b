import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { JobsPage } from './JobsPage';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <JobsPage
      lang="fr"
      organisation="min-interieur"
      feed="https://metiers.numerique.gouv.fr/api/feed/v1/organisations/min-interieur.json"
    />
  </StrictMode>,
);
