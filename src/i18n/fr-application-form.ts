/**
 * French messages of the application form (`<mn-application-form>`), loaded with it:
 * a page without that element does not download them.
 * `en.ts` has the same keys (the compiler checks).
 */
import type { MessageParams } from './types.js';
import { plural } from './fr.js';

export const frApplicationForm = {
  // --- application-form ---
  'applicationForm.title.offer': 'Votre candidature',
  'applicationForm.title.spontaneous': 'Candidature spontanée',
  'applicationForm.offer': 'Vous postulez à l’offre :',
  'applicationForm.spontaneousIntro':
    'Envoyez votre candidature sans répondre à une offre précise : indiquez les métiers et les régions qui vous intéressent.',
  'applicationForm.requiredNote': 'Sauf mention contraire, tous les champs sont obligatoires.',
  'applicationForm.optional': '(facultatif)',
  'applicationForm.identity': 'Vos coordonnées',
  'applicationForm.firstName': 'Prénom',
  'applicationForm.lastName': 'Nom',
  'applicationForm.email': 'Adresse électronique',
  'applicationForm.email.hint': 'Format attendu : nom@exemple.fr',
  'applicationForm.phone': 'Téléphone',
  'applicationForm.phone.hint': 'Format attendu : 06 12 34 56 78 ou +33 6 12 34 56 78',
  'applicationForm.status': 'Votre situation actuelle',
  'applicationForm.status.civil-servant': 'Fonctionnaire',
  'applicationForm.status.contract-worker': 'Agent·e contractuel·le du secteur public',
  'applicationForm.status.private-sector': 'Salarié·e du secteur privé ou indépendant·e',
  'applicationForm.status.student': 'Étudiant·e ou apprenti·e',
  'applicationForm.status.other': 'Autre situation',
  'applicationForm.trades': 'Métiers qui vous intéressent',
  'applicationForm.trades.hint': 'Choisissez au moins un métier. Ouvrez une famille pour voir ses métiers.',
  'applicationForm.trades.chosen': ({ count }: MessageParams) =>
    `${count} ${plural(Number(count), 'métier choisi', 'métiers choisis')}`,
  'applicationForm.trades.otherFamily': 'Autres métiers',
  'applicationForm.regions': 'Régions souhaitées',
  'applicationForm.regions.hint': 'Ne cochez rien si toutes les régions vous conviennent.',
  'applicationForm.coverLetter': 'Lettre de motivation',
  'applicationForm.coverLetter.hint': ({ max }: MessageParams) =>
    `Présentez-vous et dites ce qui vous motive, en ${max} caractères au plus.`,
  'applicationForm.counter.remaining': ({ count }: MessageParams) =>
    `Vous pouvez encore saisir ${count} ${plural(Number(count), 'caractère', 'caractères')}.`,
  'applicationForm.counter.over': ({ count }: MessageParams) =>
    `Vous avez dépassé la limite de ${count} ${plural(Number(count), 'caractère', 'caractères')}.`,
  'applicationForm.cv': 'CV',
  'applicationForm.cv.hint': 'Format PDF uniquement, 5 Mo au plus.',
  'applicationForm.links': 'Vos liens',
  'applicationForm.links.hint': 'Ils aident les recruteurs à découvrir votre parcours et vos réalisations.',
  'applicationForm.linkedin': 'Profil LinkedIn',
  'applicationForm.linkedin.hint': 'Par exemple : https://www.linkedin.com/in/votre-profil',
  'applicationForm.github': 'Profil GitHub',
  'applicationForm.github.hint': 'Par exemple : https://github.com/votre-identifiant',
  'applicationForm.portfolio': 'Portfolio ou site personnel',
  'applicationForm.portfolio.hint': 'Par exemple : https://www.exemple.fr',
  'applicationForm.honeypot': 'Ne remplissez pas ce champ',
  'applicationForm.consent.text':
    'Les informations de ce formulaire sont transmises à la plateforme Métiers du numérique de l’État et au service qui recrute, pour le seul examen de votre candidature.',
  'applicationForm.consent.privacy': 'En savoir plus sur le traitement de vos données personnelles',
  'applicationForm.consent': 'J’accepte que mes données personnelles soient traitées pour l’examen de ma candidature.',
  'applicationForm.submit': 'Envoyer ma candidature',
  'applicationForm.submit.retry': 'Réessayer l’envoi',
  'applicationForm.sending': 'Envoi en cours…',
  'applicationForm.sending.announce': 'Envoi de votre candidature en cours.',
  'applicationForm.waiting': ({ seconds }: MessageParams) =>
    `Le service est très sollicité : nouvel essai dans ${seconds} ${plural(Number(seconds), 'seconde', 'secondes')}.`,
  'applicationForm.summary': ({ count }: MessageParams) =>
    `Le formulaire contient ${count} ${plural(Number(count), 'erreur', 'erreurs')}`,
  'applicationForm.draft.restored': ({ date }: MessageParams) =>
    `Nous avons retrouvé le brouillon de votre candidature, enregistré le ${date}. Pour protéger vos données, le CV n’est pas conservé : joignez-le à nouveau.`,
  'applicationForm.draft.clear': 'Effacer le brouillon',
  'applicationForm.draft.cleared': 'Brouillon effacé : le formulaire est vide.',
  'applicationForm.sent.offer': 'Vous avez déjà envoyé une candidature pour cette offre le {date}.',
  'applicationForm.sent.offer.reference':
    'Vous avez déjà envoyé une candidature pour cette offre le {date} (référence {reference}).',
  'applicationForm.sent.spontaneous': 'Vous avez déjà envoyé une candidature spontanée le {date}.',
  'applicationForm.sent.spontaneous.reference': 'Vous avez déjà envoyé une candidature spontanée le {date} (référence {reference}).',
  'applicationForm.sent.offer.known': 'Une candidature de votre part pour cette offre est déjà enregistrée.',
  'applicationForm.sent.spontaneous.known': 'Une candidature spontanée de votre part est déjà enregistrée.',
  'applicationForm.sent.again': 'Vous pouvez en envoyer une autre si besoin.',
  'applicationForm.sent.reveal': 'Envoyer une autre candidature',
  'applicationForm.success.title': 'Votre candidature a bien été envoyée',
  'applicationForm.received.title': 'Votre candidature a déjà été reçue',
  'applicationForm.previous.received': 'Votre candidature à « {title} » a bien été reçue.',
  'applicationForm.previous.receivedReference': 'Votre candidature à « {title} » a bien été reçue. Sa référence : {reference}.',
  'applicationForm.previous.failed': 'Votre candidature à « {title} » n’a pas été envoyée : vos réponses restent enregistrées pour cette offre, dans cet onglet.',
  'applicationForm.success.reference': 'Référence de votre candidature :',
  'applicationForm.success.keep': 'Notez cette référence : elle vous sera utile pour tout échange avec le service qui recrute.',
  'applicationForm.failure.network':
    'Votre candidature n’a pas pu être envoyée : vérifiez votre connexion à Internet, puis réessayez. Vos réponses sont conservées.',
  'applicationForm.failure.timeout':
    'Le service de candidature n’a pas répondu à temps. Vos réponses sont conservées : réessayez dans un instant. Si votre candidature était déjà arrivée, elle ne sera pas enregistrée deux fois.',
  'applicationForm.failure.server': ({ status }: MessageParams) =>
    `Le service de candidature rencontre un problème (erreur ${status}). Vos réponses sont conservées : réessayez dans un instant.`,
  'applicationForm.failure.unexpected':
    'Le service de candidature a répondu de façon inattendue : votre candidature n’a peut-être pas été reçue. Vos réponses sont conservées : réessayez dans un instant. Si elle était déjà arrivée, elle ne sera pas enregistrée deux fois.',
  'applicationForm.failure.rate-limited': ({ seconds }: MessageParams) =>
    `Le service reçoit beaucoup de candidatures en ce moment. Réessayez dans ${seconds} ${plural(Number(seconds), 'seconde', 'secondes')}.`,
  'applicationForm.failure.duplicate': 'Vous avez déjà envoyé cette candidature : elle a bien été reçue.',
  'applicationForm.failure.key-reused':
    'Une version précédente de cette candidature a déjà été reçue ; vos dernières modifications n’ont pas été transmises.',
  'applicationForm.failure.invalid': 'Le service de candidature a refusé l’envoi. Vérifiez vos réponses, puis réessayez.',
  'applicationForm.failure.config': 'Ce formulaire n’est pas configuré : l’adresse d’envoi des candidatures manque.',
  'applicationForm.closed': 'Cette offre n’accepte plus de candidatures.',
  'applicationForm.notFound': 'Cette offre est introuvable : elle a peut-être été retirée.',
  'applicationForm.external': 'Pour cette offre, la candidature se fait sur le site du recruteur.',
  'applicationForm.external.link': 'Postuler sur le site du recruteur',
  'applicationForm.email.apply': 'Pour cette offre, envoyez votre candidature par courriel :',
  'applicationForm.error.firstName.required': 'Saisissez votre prénom.',
  'applicationForm.error.lastName.required': 'Saisissez votre nom.',
  'applicationForm.error.email.required': 'Saisissez votre adresse électronique.',
  'applicationForm.error.email.invalid': 'Saisissez une adresse électronique valide, par exemple : nom@exemple.fr',
  'applicationForm.error.phone.invalid': 'Saisissez un numéro de téléphone valide, par exemple : 06 12 34 56 78',
  'applicationForm.error.status.required': 'Indiquez votre situation actuelle.',
  'applicationForm.error.trades.required': 'Choisissez au moins un métier.',
  'applicationForm.error.coverLetter.required': 'Rédigez votre lettre de motivation.',
  'applicationForm.error.coverLetter.too-long': ({ max }: MessageParams) =>
    `Votre lettre de motivation doit faire ${max} caractères au plus.`,
  'applicationForm.error.cv.required': 'Joignez votre CV au format PDF.',
  'applicationForm.error.cv.file-type': 'Le CV doit être un fichier PDF.',
  'applicationForm.error.cv.file-size': 'Le CV doit peser 5 Mo au plus.',
  'applicationForm.error.cv.file-unreadable': 'Le fichier n’a pas pu être lu : joignez-le à nouveau.',
  'applicationForm.error.link.invalid': 'Saisissez une adresse web valide, commençant par https://',
  'applicationForm.error.consent.required': 'Acceptez le traitement de vos données pour envoyer votre candidature.',
  'applicationForm.error.too-long': ({ field }: MessageParams) => `${field} : le texte saisi est trop long.`,
  'applicationForm.error.invalid': ({ field }: MessageParams) => `${field} : la valeur n’a pas été acceptée.`,
  'applicationForm.error.other': 'Le service de candidature a refusé une réponse du formulaire.',
} as const;
