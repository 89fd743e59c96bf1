# Guichet — testi dello schermo in italiano (tradotti dal francese).
# Frasi brevi, parole semplici. Ogni messaggio esiste in ogni lingua.

## Schermata di benvenuto
welcome-title = Buongiorno!
welcome-touch-to-start = Tocchi lo schermo per iniziare
welcome-choose-language = Scelga la sua lingua

## Barra degli strumenti (su ogni schermata)
toolbar-language = Lingua
toolbar-text-size = Grandezza del testo
toolbar-contrast = Contrasto
toolbar-start-over = Ricominciare
toolbar-help = Aiuto
toolbar-listen = Ascoltare
help-ask-at-desk = Ha bisogno di aiuto? Chieda alla persona all'accoglienza.
text-size-normal = Normale
text-size-large = Grande
text-size-largest = Molto grande
contrast-standard = Standard
contrast-dark = Contrasto forte, sfondo nero
contrast-light = Contrasto forte, sfondo bianco

## Pagina iniziale
home-title = Dove trovare aiuto?
home-browse = Scelga un tema
home-search-placeholder = Scriva qualche parola, per esempio: affitto
home-search-button = Cercare

## Risultati
results-title = Risultati
results-count = { $count ->
    [0] Nessun risultato
    [one] 1 risultato
   *[other] { $count } risultati
}
results-for = Risultati per «{ $query }»
results-none-title = Non abbiamo trovato niente.
results-none-try-categories = Provi un tema qui sotto.
results-none-ask-desk = Oppure chieda alla persona all'accoglienza.
results-in-category = Tema: { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = Chiami adesso. Qualcuno può aiutarLa.
crisis-call = Chiami il { $number }.

## Scheda di un servizio
detail-who = Chi può averlo?
detail-how = Come fare?
detail-bring = Cosa portare?
detail-where = Dove andare?
detail-phone = Telefono
detail-email = E-mail
detail-website = Sito internet
detail-fees = Prezzo
detail-hours = Orari di apertura
detail-open-now = Aperto ora
detail-closed-now = Chiuso ora
detail-opens-at = Apre { $day } alle { $time }
detail-closes-at = Chiude alle { $time }
detail-qr = Scansioni con il suo telefono per tenere questa pagina.
detail-in-french = Questo testo non esiste ancora nella sua lingua. È in francese.
detail-machine = Questo testo è stato tradotto da un computer. Può contenere errori.
detail-back = Indietro
detail-no-contact = Chiami o scriva all'ente: veda il suo sito internet.
detail-closed-holiday = Chiuso oggi: giorno festivo
detail-closed-exceptionally = Chiuso oggi in via eccezionale
detail-line-open-now = La linea risponde ora
detail-line-closed-now = La linea non risponde ora
detail-line-holiday = Oggi nessuna risposta: giorno festivo
detail-line-until = Fino alle { $time }
detail-line-answers-at = Risponde { $day } dalle { $time }
detail-line-hours = Orari del telefono
detail-for-commune = Per { $commune }:
detail-more-conditions = Altre condizioni ({ $count })
glossary-means = Questa parola significa:
glossary-touch-hint = Tocchi una parola con il punto interrogativo per sapere che cosa significa.
glossary-card = Parola spiegata

## Giorni
day-monday = lunedì
day-tuesday = martedì
day-wednesday = mercoledì
day-thursday = giovedì
day-friday = venerdì
day-saturday = sabato
day-sunday = domenica
day-today = oggi
day-tomorrow = domani

## Inattività
idle-title = È ancora qui?
idle-body = Senza risposta, lo schermo ricomincia tra { $seconds } secondi. Quello che ha cercato sarà cancellato.
idle-continue = Continuare

## Tastiera
keyboard-space = Spazio
keyboard-backspace = Cancellare una lettera
keyboard-clear = Cancellare tutto
keyboard-more = Altre lettere

## Voce
speech-unavailable = La voce non funziona in questo momento.
speech-no-voice = Nessuna voce in questa lingua. Ascoltare in francese?
speech-stop = Fermare
speech-repeat = Ripetere
speech-slower = Più lento
speech-faster = Più veloce
speech-louder = Più forte
speech-quieter = Più piano
speech-mode-on = Modalità voce attiva

## Personale
staff-pin = Codice del personale
staff-wrong-pin = Codice sbagliato.
staff-content-problems = { $count ->
    [one] 1 problema nel catalogo
   *[other] { $count } problemi nel catalogo
}
staff-exit = Uscire dal chiosco

## Aggiunte: interfaccia del chiosco
language-name = Italiano
close = Chiudere
keyboard-hide = Nascondere la tastiera
detail-not-found = Questa pagina non esiste più. Tocchi «Indietro».
help-how = Tocchi un tema o scriva una parola. Poi tocchi un risultato per leggere tutto.
staff-back = Tornare al chiosco
staff-enter = OK

## Aggiunte: lettura ad alta voce
speech-days = da { $first } a { $last }
speech-slot = dalle { $opens } alle { $closes }
speech-and = e
speech-step = Passo { $number }:
speech-pause = Pausa
speech-resume = Continuare
speech-listen-french = Ascoltare in francese
speech-mode = Modalità voce
speech-mode-off = Modalità voce disattivata
speech-speaking = Lettura in corso

# Printing a service
print-button = Stampare questa pagina
print-sending = Stampa in corso… Attenda un momento.
print-done = Il suo foglio è stampato. Lo prenda dalla stampante.
print-failed = La stampante non funziona — chieda alla persona all'accoglienza.
print-date = Stampato il { $date }
print-for-desk = Per l'accoglienza

## Questionario «Quale aiuto fa per me?»
screener-title = Quale aiuto fa per me?
screener-notice = È solo un primo orientamento. Decide il servizio. Le Sue risposte vengono cancellate quando se ne va.
screener-progress = Domanda { $number } di { $count }
screener-dont-know = Non lo so
screener-rather-not-say = Preferisco non rispondere
screener-yes = Sì
screener-no = No
screener-likely = Probabilmente per Lei
screener-maybe = Forse: chieda all'accoglienza
screener-unlikely = Probabilmente no
screener-show-unlikely = Vedere gli aiuti che probabilmente non fanno per Lei
screener-ask-at-desk = Contano anche altre condizioni. Il servizio gliele dirà.
screener-q-canton = Dove abita?
screener-a-canton-ge = Nel Cantone di Ginevra
screener-a-canton-vd = Nel Cantone di Vaud
screener-q-age = Quanti anni ha?
screener-q-household = Vive da solo o in coppia?
screener-a-household-alone = Da solo o da sola
screener-a-household-couple = In coppia
screener-q-children = Quanti figli vivono con Lei?
screener-a-children = Figli con meno di 18 anni
screener-a-children-in-education = Giovani da 18 a 25 anni ancora a scuola o in formazione
screener-q-housing = Dove dorme?
screener-a-housing-tenant = In un alloggio che affitto
screener-a-housing-owner = In un alloggio di mia proprietà
screener-a-housing-hosted = Da qualcuno che mi ospita
screener-a-housing-shelter = In un foyer o in un rifugio
screener-a-housing-street = Fuori, non ho un alloggio
screener-q-work = Che cosa fa in questo momento?
screener-a-work-employed = Lavoro per un datore di lavoro
screener-a-work-self-employed = Lavoro in proprio
screener-a-work-unemployed = Non ho lavoro, ne cerco uno
screener-a-work-retired = Sono in pensione
screener-a-work-student = Studio
screener-a-work-apprentice = Sono in apprendistato
screener-a-work-unable-to-work = Non posso lavorare per la mia salute
screener-a-work-at-home = Mi occupo della casa o della famiglia
screener-q-money-enough = Ogni mese, i Suoi soldi bastano per l'affitto, il cibo e l'assicurazione malattia?
screener-a-money-enough-yes = Sì, bastano
screener-a-money-enough-tight = Basta appena
screener-a-money-enough-no = No, non bastano
screener-q-residence = Quale passaporto o quale permesso ha?
screener-a-residence-swiss = Passaporto svizzero
screener-a-residence-c = Permesso C (domicilio)
screener-a-residence-b = Permesso B (dimora)
screener-a-residence-f = Permesso F (ammissione provvisoria)
screener-a-residence-n = Permesso N (domanda d'asilo)
screener-a-residence-s = Permesso S (protezione)
screener-a-residence-l = Permesso L (breve durata)
screener-a-residence-g = Permesso G (frontaliero)
screener-a-residence-none = Nessun permesso
screener-q-years-in-canton = Da quanti anni abita in questo Cantone?
screener-q-health-insurance = Ha un'assicurazione malattia?
screener-q-situations = È vero per Lei? Tocchi le frasi che sono vere.
screener-a-pregnant-or-newborn = Aspettiamo un bambino, o un bambino è nato meno di 6 mesi fa.
screener-a-health-stops-work = La mia salute mi impedisce di lavorare.
screener-a-violence = Subisco violenza, o ho paura di qualcuno.
screener-a-debts = Ho debiti che non riesco a pagare.
screener-a-child-support-unpaid = L'altro genitore non paga gli alimenti per i figli.
screener-a-refugee = Sono riconosciuto come rifugiato.
screener-q-receives = Riceve già uno di questi aiuti? Tocchi quelli che riceve.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = Avanti
screener-less = Uno in meno
screener-more = Uno in più
screener-erase = Cancella
screener-no-number = Ancora nessun numero
screener-chosen = { $what }: scelto
screener-none = Dalle Sue risposte nessun aiuto risulta chiaro. Chieda all'accoglienza: possono guardare con Lei.
screener-set-aside = Aiuti che riceve già
## Aggiunto: che cosa si conta
help-insight = Per migliorare questo schermo, contiamo ogni giorno: le lingue, i temi e le pagine usati, quante volte si usano «Grandezza del testo», «Contrasto» e «Ascoltare», e le ricerche senza risultato. Teniamo solo i totali di tutta la giornata. Niente mostra chi è Lei.
