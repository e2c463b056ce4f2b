/**
 * French messages of the offer detail (`<mn-offer-detail>`), loaded with it:
 * a page without that element does not download them.
 * `en.ts` has the same keys (the compiler checks).
 */

export const frOfferDetail = {
  // --- offer-detail ---
  'offerDetail.loading': 'Chargement de l’offre…',
  'offerDetail.notFoundTitle': 'Offre introuvable',
  'offerDetail.notFound': 'Cette offre est introuvable : elle a peut-être été retirée.',
  'offerDetail.errorTitle': 'Offre indisponible',
  'offerDetail.documentError': 'Le descriptif complet de l’offre n’a pas pu être chargé.',
  'offerDetail.noDescription': 'Le descriptif complet de cette offre n’est pas disponible.',
  'offerDetail.facts': 'En bref',
  'offerDetail.fact.trade': 'Métier',
  'offerDetail.fact.organisation': 'Employeur',
  'offerDetail.fact.location': 'Lieu',
  'offerDetail.fact.remote': 'Télétravail',
  'offerDetail.fact.contract': 'Contrat',
  'offerDetail.fact.duration': 'Durée du contrat',
  'offerDetail.fact.category': 'Catégorie',
  'offerDetail.fact.openTo': 'Ouvert aux',
  'offerDetail.fact.salary': 'Rémunération',
  'offerDetail.fact.experience': 'Expérience',
  'offerDetail.fact.education': 'Niveau d’études',
  'offerDetail.fact.posted': 'Publiée le',
  'offerDetail.fact.updated': 'Mise à jour le',
  'offerDetail.fact.deadline': 'Date limite de candidature',
  'offerDetail.fact.reference': 'Référence',
  'offerDetail.apply': 'Candidater',
  'offerDetail.apply.platform': 'Postuler',
  'offerDetail.apply.external': 'Postuler sur le site du recruteur',
  'offerDetail.apply.email': 'Postuler par e-mail',
  'offerDetail.apply.emailAddress': 'Adresse de candidature : {email}',
  'offerDetail.apply.emailSubject': 'Candidature : {title} (réf. {id})',
  'offerDetail.apply.deadline': 'Date limite de candidature : {date}',
  'offerDetail.apply.formError':
    'Le formulaire de candidature n’a pas pu être chargé : vérifiez votre connexion, puis réessayez. Si cela ne suffit pas, rechargez la page.',
  'offerDetail.closed.filled': 'Cette offre a été pourvue : elle n’accepte plus de candidatures.',
  'offerDetail.closed.expired': 'La date limite de candidature est passée ({date}) : cette offre n’accepte plus de candidatures.',
} as const;
