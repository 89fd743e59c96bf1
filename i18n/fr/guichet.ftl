# Guichet — textes de l'écran, en français (langue de référence).
# Phrases courtes, mots simples. Chaque message existe dans chaque langue.

## Écran d'accueil
welcome-title = Bonjour !
welcome-touch-to-start = Touchez l'écran pour commencer
welcome-choose-language = Choisissez votre langue

## Barre d'outils (sur chaque écran)
toolbar-language = Langue
toolbar-text-size = Taille du texte
toolbar-contrast = Contraste
toolbar-start-over = Recommencer
toolbar-help = Aide
toolbar-listen = Écouter
help-ask-at-desk = Besoin d'aide ? Demandez à la personne de l'accueil.
text-size-normal = Normal
text-size-large = Grand
text-size-largest = Très grand
contrast-standard = Standard
contrast-dark = Contraste fort, fond noir
contrast-light = Contraste fort, fond blanc

## Page d'accueil
home-title = Où trouver de l'aide ?
home-browse = Choisissez un thème
home-search-placeholder = Écrivez quelques mots, par exemple : loyer
home-search-button = Chercher

## Résultats
results-title = Résultats
results-count = { $count ->
    [0] Aucun résultat
    [one] 1 résultat
   *[other] { $count } résultats
}
results-for = Résultats pour « { $query } »
results-none-title = Nous n'avons rien trouvé.
results-none-try-categories = Essayez un thème ci-dessous.
results-none-ask-desk = Ou demandez à la personne de l'accueil.
results-in-category = Thème : { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = Appelez maintenant. Quelqu'un peut vous aider.
crisis-call = Appelez le { $number }.

## Fiche d'un service
detail-who = Qui peut l'avoir ?
detail-how = Comment faire ?
detail-bring = Quoi apporter ?
detail-where = Où aller ?
detail-phone = Téléphone
detail-email = E-mail
detail-website = Site internet
detail-fees = Prix
detail-hours = Heures d'ouverture
detail-open-now = Ouvert maintenant
detail-closed-now = Fermé maintenant
detail-opens-at = Ouvre { $day } à { $time }
detail-closes-at = Ferme à { $time }
detail-qr = Scannez avec votre téléphone pour garder cette page.
detail-in-french = Ce texte n'existe pas encore dans votre langue. Il est en français.
detail-machine = Ce texte a été traduit par un ordinateur. Il peut contenir des erreurs.
detail-back = Retour
detail-no-contact = Appelez ou écrivez à l'institution : voir son site internet.
detail-closed-holiday = Fermé aujourd'hui : jour férié
detail-closed-exceptionally = Fermé aujourd'hui : fermeture exceptionnelle
detail-line-open-now = La ligne répond maintenant
detail-line-closed-now = La ligne ne répond pas maintenant
detail-line-holiday = Pas de réponse aujourd'hui : jour férié
detail-line-until = Jusqu'à { $time }
detail-line-answers-at = Répond { $day } à { $time }
detail-line-hours = Heures de la ligne
detail-for-commune = Pour { $commune } :
detail-more-conditions = Autres conditions ({ $count })
glossary-means = Ce mot veut dire :
glossary-touch-hint = Touchez un mot marqué d'un point d'interrogation pour savoir ce qu'il veut dire.
glossary-card = Mot expliqué

## Jours
day-monday = lundi
day-tuesday = mardi
day-wednesday = mercredi
day-thursday = jeudi
day-friday = vendredi
day-saturday = samedi
day-sunday = dimanche
day-today = aujourd'hui
day-tomorrow = demain

## Inactivité
idle-title = Êtes-vous encore là ?
idle-body = Sans réponse, l'écran recommence dans { $seconds } secondes. Ce que vous avez cherché sera effacé.
idle-continue = Continuer

## Clavier
keyboard-space = Espace
keyboard-backspace = Effacer une lettre
keyboard-clear = Tout effacer
keyboard-more = Autres lettres

## Parole
speech-unavailable = La voix ne marche pas pour le moment.
speech-no-voice = Pas de voix dans cette langue. Écouter en français ?
speech-stop = Arrêter
speech-repeat = Répéter
speech-slower = Plus lent
speech-faster = Plus rapide
speech-louder = Plus fort
speech-quieter = Moins fort
speech-mode-on = Mode vocal activé

## Personnel
staff-pin = Code du personnel
staff-wrong-pin = Code incorrect.
staff-content-problems = { $count ->
    [0] Aucun problème dans le catalogue
    [one] 1 problème dans le catalogue
   *[other] { $count } problèmes dans le catalogue
}
staff-exit = Quitter le kiosque

## Ajouts : interface du kiosque
language-name = Français
close = Fermer
keyboard-hide = Cacher le clavier
detail-not-found = Cette fiche n'existe plus. Touchez « Retour ».
help-how = Touchez un thème, ou écrivez un mot. Puis touchez un résultat pour tout lire.
staff-back = Retour au kiosque
staff-enter = Valider

## Ajouts : lecture à voix haute
speech-days = du { $first } au { $last }
speech-slot = de { $opens } à { $closes }
speech-and = et
speech-step = Étape { $number } :
speech-pause = Pause
speech-resume = Reprendre
speech-listen-french = Écouter en français
speech-mode = Mode vocal
speech-mode-off = Mode vocal arrêté
speech-speaking = Lecture en cours

# Printing a service
print-button = Imprimer cette page
print-sending = Impression en cours… Attendez un moment.
print-done = Votre feuille est imprimée. Prenez-la à l'imprimante.
print-failed = L'imprimante ne marche pas — demandez à la personne de l'accueil.
print-date = Imprimé le { $date }
print-for-desk = Pour l'accueil

## Questionnaire « Quelle aide pour moi ? »
screener-title = Quelle aide pour moi ?
screener-notice = Ce n'est qu'une première orientation. C'est le service qui décide. Vos réponses sont effacées quand vous partez.
screener-progress = Question { $number } sur { $count }
screener-dont-know = Je ne sais pas
screener-rather-not-say = Je préfère ne pas répondre
screener-yes = Oui
screener-no = Non
screener-likely = Probablement pour vous
screener-maybe = Peut-être : demandez à l'accueil
screener-unlikely = Probablement pas
screener-show-unlikely = Voir les aides qui ne sont probablement pas pour vous
screener-ask-at-desk = D'autres conditions comptent aussi. Le service vous les dira.
screener-q-canton = Où habitez-vous ?
screener-a-canton-ge = Dans le canton de Genève
screener-a-canton-vd = Dans le canton de Vaud
screener-q-age = Quel âge avez-vous ?
screener-q-household = Vivez-vous seul ou en couple ?
screener-a-household-alone = Seul ou seule
screener-a-household-couple = En couple
screener-q-children = Combien d'enfants vivent avec vous ?
screener-a-children = Enfants de moins de 18 ans
screener-a-children-in-education = Jeunes de 18 à 25 ans encore à l'école ou en formation
screener-q-housing = Où dormez-vous ?
screener-a-housing-tenant = Dans un logement que je loue
screener-a-housing-owner = Dans un logement qui est à moi
screener-a-housing-hosted = Chez quelqu'un qui m'accueille
screener-a-housing-shelter = Dans un foyer ou un abri
screener-a-housing-street = Dehors, je n'ai pas de logement
screener-q-work = Que faites-vous en ce moment ?
screener-a-work-employed = Je travaille pour un employeur
screener-a-work-self-employed = Je travaille à mon compte
screener-a-work-unemployed = Je n'ai pas de travail, j'en cherche
screener-a-work-retired = Je suis à la retraite
screener-a-work-student = Je fais des études
screener-a-work-apprentice = Je suis en apprentissage
screener-a-work-unable-to-work = Je ne peux pas travailler à cause de ma santé
screener-a-work-at-home = Je m'occupe de la maison ou de la famille
screener-q-money-enough = Chaque mois, votre argent suffit-il pour le loyer, la nourriture et l'assurance maladie ?
screener-a-money-enough-yes = Oui, cela suffit
screener-a-money-enough-tight = C'est juste
screener-a-money-enough-no = Non, cela ne suffit pas
screener-q-residence = Quel passeport ou quel permis avez-vous ?
screener-a-residence-swiss = Passeport suisse
screener-a-residence-c = Permis C (établissement)
screener-a-residence-b = Permis B (séjour)
screener-a-residence-f = Permis F (admission provisoire)
screener-a-residence-n = Permis N (demande d'asile)
screener-a-residence-s = Permis S (protection)
screener-a-residence-l = Permis L (courte durée)
screener-a-residence-g = Permis G (frontalier)
screener-a-residence-none = Pas de permis
screener-q-years-in-canton = Depuis combien d'années habitez-vous dans ce canton ?
screener-q-health-insurance = Avez-vous une assurance maladie ?
screener-q-situations = Est-ce vrai pour vous ? Touchez les phrases qui sont vraies.
screener-a-pregnant-or-newborn = Nous attendons un bébé, ou un bébé est né il y a moins de 6 mois.
screener-a-health-stops-work = Ma santé m'empêche de travailler.
screener-a-violence = Je subis de la violence, ou j'ai peur de quelqu'un.
screener-a-debts = J'ai des dettes que je ne peux pas payer.
screener-a-child-support-unpaid = L'autre parent ne paie pas la pension des enfants.
screener-a-refugee = Je suis reconnu comme réfugié.
screener-q-receives = Recevez-vous déjà une de ces aides ? Touchez celles que vous recevez.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = Suivant
screener-less = Un de moins
screener-more = Un de plus
screener-erase = Effacer
screener-no-number = Pas encore de nombre
screener-chosen = { $what } : choisi
screener-none = Avec vos réponses, aucune aide ne ressort. Demandez à l'accueil : on peut regarder avec vous.
screener-set-aside = Les aides que vous recevez déjà
## Ajouté : ce qui est compté
help-insight = Pour améliorer cet écran, nous comptons chaque jour : les langues, les thèmes et les pages utilisés, combien de fois « Taille du texte », « Contraste » et « Écouter » servent, et les recherches sans résultat. Nous gardons seulement des totaux pour toute la journée. Rien ne montre qui vous êtes.
