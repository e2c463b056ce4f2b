import { createApp } from 'vue';
import JobsPage from './JobsPage.vue';

createApp(JobsPage, {
  lang: 'fr',
  organisation: 'min-interieur',
  feed: 'https://metiers.numerique.gouv.fr/api/feed/v1/organisations/min-interieur.json',
}).mount('#app');
