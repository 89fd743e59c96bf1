# Guichet — Bildschirmtexte auf Deutsch (übersetzt aus dem Französischen).
# Kurze Sätze, einfache Wörter. Jede Nachricht gibt es in jeder Sprache.

## Startbildschirm
welcome-title = Guten Tag!
welcome-touch-to-start = Berühren Sie den Bildschirm, um zu beginnen
welcome-choose-language = Wählen Sie Ihre Sprache

## Werkzeugleiste (auf jedem Bildschirm)
toolbar-language = Sprache
toolbar-text-size = Textgrösse
toolbar-contrast = Kontrast
toolbar-start-over = Neu beginnen
toolbar-help = Hilfe
toolbar-listen = Anhören
help-ask-at-desk = Brauchen Sie Hilfe? Fragen Sie die Person am Empfang.
text-size-normal = Normal
text-size-large = Gross
text-size-largest = Sehr gross
contrast-standard = Standard
contrast-dark = Starker Kontrast, schwarzer Hintergrund
contrast-light = Starker Kontrast, weisser Hintergrund

## Startseite
home-title = Wo finde ich Hilfe?
home-browse = Wählen Sie ein Thema
home-search-placeholder = Schreiben Sie ein paar Wörter, zum Beispiel: Miete
home-search-button = Suchen

## Ergebnisse
results-title = Ergebnisse
results-count = { $count ->
    [0] Kein Ergebnis
    [one] 1 Ergebnis
   *[other] { $count } Ergebnisse
}
results-for = Ergebnisse für «{ $query }»
results-none-title = Wir haben nichts gefunden.
results-none-try-categories = Versuchen Sie ein Thema unten.
results-none-ask-desk = Oder fragen Sie die Person am Empfang.
results-in-category = Thema: { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = Rufen Sie jetzt an. Jemand kann Ihnen helfen.
crisis-call = Rufen Sie { $number } an.

## Seite zu einem Angebot
detail-who = Wer kann es bekommen?
detail-how = Was muss ich tun?
detail-bring = Was mitbringen?
detail-where = Wohin gehen?
detail-phone = Telefon
detail-email = E-Mail
detail-website = Internetseite
detail-fees = Preis
detail-hours = Öffnungszeiten
detail-open-now = Jetzt geöffnet
detail-closed-now = Jetzt geschlossen
detail-opens-at = Öffnet { $day } um { $time }
detail-closes-at = Schliesst um { $time }
detail-qr = Scannen Sie mit Ihrem Telefon, um diese Seite zu behalten.
detail-in-french = Diesen Text gibt es noch nicht in Ihrer Sprache. Er ist auf Französisch.
detail-machine = Ein Computer hat diesen Text übersetzt. Er kann Fehler enthalten.
detail-back = Zurück
detail-no-contact = Rufen Sie die Stelle an oder schreiben Sie ihr: Die Angaben stehen auf ihrer Internetseite.
detail-closed-holiday = Heute geschlossen: Feiertag
detail-closed-exceptionally = Heute ausnahmsweise geschlossen
detail-line-open-now = Das Telefon wird jetzt beantwortet
detail-line-closed-now = Das Telefon wird jetzt nicht beantwortet
detail-line-holiday = Heute keine Antwort: Feiertag
detail-line-until = Bis { $time }
detail-line-answers-at = Erreichbar { $day } ab { $time }
detail-line-hours = Telefonzeiten
detail-for-commune = Für { $commune }:
detail-more-conditions = Weitere Bedingungen ({ $count })
glossary-means = Dieses Wort bedeutet:
glossary-touch-hint = Berühren Sie ein Wort mit Fragezeichen, um zu erfahren, was es bedeutet.
glossary-card = Wort erklärt

## Tage
day-monday = Montag
day-tuesday = Dienstag
day-wednesday = Mittwoch
day-thursday = Donnerstag
day-friday = Freitag
day-saturday = Samstag
day-sunday = Sonntag
day-today = heute
day-tomorrow = morgen

## Keine Aktivität
idle-title = Sind Sie noch da?
idle-body = Ohne Antwort beginnt der Bildschirm in { $seconds } Sekunden neu. Was Sie gesucht haben, wird gelöscht.
idle-continue = Weiter

## Tastatur
keyboard-space = Leerzeichen
keyboard-backspace = Einen Buchstaben löschen
keyboard-clear = Alles löschen
keyboard-more = Andere Buchstaben

## Sprachausgabe
speech-unavailable = Die Stimme funktioniert im Moment nicht.
speech-no-voice = Keine Stimme in dieser Sprache. Auf Französisch anhören?
speech-stop = Stopp
speech-repeat = Wiederholen
speech-slower = Langsamer
speech-faster = Schneller
speech-louder = Lauter
speech-quieter = Leiser
speech-mode-on = Vorlesen ist eingeschaltet

## Personal
staff-pin = Code für das Personal
staff-wrong-pin = Falscher Code.
staff-content-problems = { $count ->
    [one] 1 Problem im Katalog
   *[other] { $count } Probleme im Katalog
}
staff-exit = Kiosk verlassen

## Ergänzungen: Oberfläche des Kiosks
language-name = Deutsch
close = Schliessen
keyboard-hide = Tastatur ausblenden
detail-not-found = Diese Seite gibt es nicht mehr. Berühren Sie «Zurück».
help-how = Berühren Sie ein Thema oder schreiben Sie ein Wort. Berühren Sie dann ein Ergebnis, um alles zu lesen.
staff-back = Zurück zum Kiosk
staff-enter = OK

## Ergänzungen: Vorlesen
speech-days = { $first } bis { $last }
speech-slot = von { $opens } bis { $closes }
speech-and = und
speech-step = Schritt { $number }:
speech-pause = Pause
speech-resume = Weiter
speech-listen-french = Auf Französisch anhören
speech-mode = Vorlesemodus
speech-mode-off = Vorlesen ist ausgeschaltet
speech-speaking = Wird vorgelesen

# Printing a service
print-button = Diese Seite drucken
print-sending = Es wird gedruckt… Bitte warten Sie einen Moment.
print-done = Ihr Blatt ist gedruckt. Nehmen Sie es aus dem Drucker.
print-failed = Der Drucker funktioniert nicht — fragen Sie die Person am Empfang.
print-date = Gedruckt am { $date }
print-for-desk = Für den Empfang

## Fragebogen «Welche Hilfe passt zu mir?»
screener-title = Welche Hilfe passt zu mir?
screener-notice = Das ist nur eine erste Orientierung. Die Stelle entscheidet. Ihre Antworten werden gelöscht, wenn Sie gehen.
screener-progress = Frage { $number } von { $count }
screener-dont-know = Ich weiss es nicht
screener-rather-not-say = Ich möchte das nicht sagen
screener-yes = Ja
screener-no = Nein
screener-likely = Wahrscheinlich für Sie
screener-maybe = Vielleicht: Fragen Sie am Empfang
screener-unlikely = Wahrscheinlich nicht
screener-show-unlikely = Hilfen zeigen, die wahrscheinlich nicht für Sie sind
screener-ask-at-desk = Es zählen noch andere Bedingungen. Die Stelle sagt sie Ihnen.
screener-q-canton = Wo wohnen Sie?
screener-a-canton-ge = Im Kanton Genf
screener-a-canton-vd = Im Kanton Waadt
screener-q-age = Wie alt sind Sie?
screener-q-household = Leben Sie allein oder als Paar?
screener-a-household-alone = Allein
screener-a-household-couple = Als Paar
screener-q-children = Wie viele Kinder leben bei Ihnen?
screener-a-children = Kinder unter 18 Jahren
screener-a-children-in-education = Junge Menschen von 18 bis 25 Jahren, die noch zur Schule gehen oder eine Ausbildung machen
screener-q-housing = Wo schlafen Sie?
screener-a-housing-tenant = In einer Wohnung, die ich miete
screener-a-housing-owner = In einer Wohnung, die mir gehört
screener-a-housing-hosted = Bei jemandem, der mich aufnimmt
screener-a-housing-shelter = In einem Heim oder einer Notunterkunft
screener-a-housing-street = Draussen, ich habe keine Wohnung
screener-q-work = Was machen Sie zurzeit?
screener-a-work-employed = Ich arbeite für einen Arbeitgeber
screener-a-work-self-employed = Ich arbeite selbständig
screener-a-work-unemployed = Ich habe keine Arbeit und suche eine
screener-a-work-retired = Ich bin pensioniert
screener-a-work-student = Ich studiere
screener-a-work-apprentice = Ich mache eine Lehre
screener-a-work-unable-to-work = Ich kann wegen meiner Gesundheit nicht arbeiten
screener-a-work-at-home = Ich kümmere mich um Haushalt oder Familie
screener-q-money-enough = Reicht Ihr Geld jeden Monat für Miete, Essen und Krankenkasse?
screener-a-money-enough-yes = Ja, es reicht
screener-a-money-enough-tight = Es ist knapp
screener-a-money-enough-no = Nein, es reicht nicht
screener-q-residence = Welchen Pass oder welche Bewilligung haben Sie?
screener-a-residence-swiss = Schweizer Pass
screener-a-residence-c = Ausweis C (Niederlassung)
screener-a-residence-b = Ausweis B (Aufenthalt)
screener-a-residence-f = Ausweis F (vorläufige Aufnahme)
screener-a-residence-n = Ausweis N (Asylgesuch)
screener-a-residence-s = Ausweis S (Schutz)
screener-a-residence-l = Ausweis L (Kurzaufenthalt)
screener-a-residence-g = Ausweis G (Grenzgänger)
screener-a-residence-none = Keine Bewilligung
screener-q-years-in-canton = Seit wie vielen Jahren wohnen Sie in diesem Kanton?
screener-q-health-insurance = Haben Sie eine Krankenversicherung?
screener-q-situations = Stimmt das für Sie? Berühren Sie die Sätze, die stimmen.
screener-a-pregnant-or-newborn = Wir erwarten ein Baby, oder ein Baby ist vor weniger als 6 Monaten geboren.
screener-a-health-stops-work = Meine Gesundheit hindert mich am Arbeiten.
screener-a-violence = Ich erlebe Gewalt, oder ich habe Angst vor jemandem.
screener-a-debts = Ich habe Schulden, die ich nicht bezahlen kann.
screener-a-child-support-unpaid = Der andere Elternteil zahlt den Unterhalt für die Kinder nicht.
screener-a-refugee = Ich bin als Flüchtling anerkannt.
screener-q-receives = Bekommen Sie schon eine dieser Hilfen? Berühren Sie die, die Sie bekommen.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = Weiter
screener-less = Eins weniger
screener-more = Eins mehr
screener-erase = Löschen
screener-no-number = Noch keine Zahl
screener-chosen = { $what }: gewählt
screener-none = Nach Ihren Antworten passt keine Hilfe deutlich. Fragen Sie am Empfang: Man schaut es mit Ihnen an.
screener-set-aside = Hilfen, die Sie schon bekommen
## Ergänzung: was gezählt wird
help-insight = Um diesen Bildschirm zu verbessern, zählen wir jeden Tag: die benutzten Sprachen, Themen und Seiten, wie oft «Textgrösse», «Kontrast» und «Anhören» benutzt werden, und die Suchen ohne Ergebnis. Wir behalten nur Summen für den ganzen Tag. Nichts zeigt, wer Sie sind.
