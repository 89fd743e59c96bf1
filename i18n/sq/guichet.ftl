# Guichet — tekstet e ekranit në shqip (përkthyer nga frëngjishtja).
# Fjali të shkurtra, fjalë të thjeshta. Çdo mesazh ekziston në çdo gjuhë.

## Ekrani i mirëseardhjes
welcome-title = Mirëdita!
welcome-touch-to-start = Prekni ekranin për të filluar
welcome-choose-language = Zgjidhni gjuhën tuaj

## Shiriti i veglave (në çdo ekran)
toolbar-language = Gjuha
toolbar-text-size = Madhësia e tekstit
toolbar-contrast = Kontrasti
toolbar-start-over = Filloni sërish
toolbar-help = Ndihmë
toolbar-listen = Dëgjoni
help-ask-at-desk = Ju duhet ndihmë? Pyesni personin në recepsion.
text-size-normal = Normal
text-size-large = I madh
text-size-largest = Shumë i madh
contrast-standard = Normal
contrast-dark = Kontrast i fortë, sfond i zi
contrast-light = Kontrast i fortë, sfond i bardhë

## Faqja kryesore
home-title = Ku të gjej ndihmë?
home-browse = Zgjidhni një temë
home-search-placeholder = Shkruani disa fjalë, për shembull: qiraja
home-search-button = Kërkoni

## Rezultatet
results-title = Rezultatet
results-count = { $count ->
    [0] Asnjë rezultat
    [one] 1 rezultat
   *[other] { $count } rezultate
}
results-for = Rezultatet për «{ $query }»
results-none-title = Nuk gjetëm asgjë.
results-none-try-categories = Provoni një temë më poshtë.
results-none-ask-desk = Ose pyesni personin në recepsion.
results-in-category = Tema: { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = Telefononi tani. Dikush mund t'ju ndihmojë.
crisis-call = Telefononi { $number }.

## Faqja e një shërbimi
detail-who = Kush mund ta marrë?
detail-how = Si të veproni?
detail-bring = Çfarë të merrni me vete?
detail-where = Ku të shkoni?
detail-phone = Telefoni
detail-email = Email
detail-website = Faqja e internetit
detail-fees = Çmimi
detail-hours = Orari i hapjes
detail-open-now = Hapur tani
detail-closed-now = Mbyllur tani
detail-opens-at = Hapet: { $day }, në orën { $time }
detail-closes-at = Mbyllet në orën { $time }
detail-qr = Skanoni me telefonin tuaj për ta ruajtur këtë faqe.
detail-in-french = Ky tekst nuk ekziston ende në gjuhën tuaj. Është në frëngjisht.
detail-machine = Ky tekst është përkthyer nga një kompjuter. Mund të ketë gabime.
detail-back = Kthehuni
detail-no-contact = Telefononi ose shkruani institucionit: shikoni faqen e tij të internetit.
detail-closed-holiday = Mbyllur sot: ditë feste zyrtare
detail-closed-exceptionally = Mbyllur sot në mënyrë të jashtëzakonshme
detail-line-open-now = Linja përgjigjet tani
detail-line-closed-now = Linja nuk përgjigjet tani
detail-line-holiday = Sot nuk përgjigjet: ditë feste zyrtare
detail-line-until = Deri në orën { $time }
detail-line-answers-at = Përgjigjet: { $day }, nga ora { $time }
detail-line-hours = Orari i telefonit
detail-for-commune = Për { $commune }:
detail-more-conditions = Kushte të tjera ({ $count })
glossary-means = Kjo fjalë do të thotë:
glossary-touch-hint = Prekni një fjalë me pikëpyetje për të mësuar se çfarë do të thotë.
glossary-card = Fjalë e shpjeguar

## Ditët
day-monday = e hënë
day-tuesday = e martë
day-wednesday = e mërkurë
day-thursday = e enjte
day-friday = e premte
day-saturday = e shtunë
day-sunday = e diel
day-today = sot
day-tomorrow = nesër

## Pa aktivitet
idle-title = Jeni ende këtu?
idle-body = Nëse nuk përgjigjeni, ekrani fillon nga e para pas { $seconds } sekondash. Ajo që kërkuat do të fshihet.
idle-continue = Vazhdoni

## Tastiera
keyboard-space = Hapësirë
keyboard-backspace = Fshini një shkronjë
keyboard-clear = Fshini të gjitha
keyboard-more = Shkronja të tjera

## Zëri
speech-unavailable = Zëri nuk punon për momentin.
speech-no-voice = Nuk ka zë në këtë gjuhë. Të dëgjoni në frëngjisht?
speech-stop = Ndaloni
speech-repeat = Përsëritni
speech-slower = Më ngadalë
speech-faster = Më shpejt
speech-louder = Më fort
speech-quieter = Më ulët
speech-mode-on = Leximi me zë është aktiv

## Stafi
staff-pin = Kodi i stafit
staff-wrong-pin = Kod i gabuar.
staff-content-problems = { $count ->
    [one] 1 problem në katalog
   *[other] { $count } probleme në katalog
}
staff-exit = Dilni nga kioska

## Shtesa: ndërfaqja e kioskës
language-name = Shqip
close = Mbyllni
keyboard-hide = Fshihni tastierën
detail-not-found = Kjo faqe nuk ekziston më. Prekni «Kthehuni».
help-how = Prekni një temë ose shkruani një fjalë. Pastaj prekni një rezultat për të lexuar gjithçka.
staff-back = Kthehuni te kioska
staff-enter = OK

## Shtesa: leximi me zë
speech-days = nga dita { $first } deri në ditën { $last }
speech-slot = nga ora { $opens } deri në orën { $closes }
speech-and = dhe
speech-step = Hapi { $number }:
speech-pause = Pauzë
speech-resume = Vazhdoni
speech-listen-french = Dëgjoni në frëngjisht
speech-mode = Leximi me zë
speech-mode-off = Leximi me zë nuk është aktiv
speech-speaking = Po lexohet me zë

# Printing a service
print-button = Printoni këtë faqe
print-sending = Po printohet… Ju lutemi prisni pak.
print-done = Fleta juaj u printua. Merreni te printeri.
print-failed = Printeri nuk punon — pyesni personin në recepsion.
print-date = Printuar më { $date }
print-for-desk = Për recepsionin

## Shtuar: çfarë numërohet
help-insight = Për ta përmirësuar këtë ekran, ne numërojmë çdo ditë: gjuhët, temat dhe faqet e përdorura, sa herë përdoren «Madhësia e tekstit», «Kontrasti» dhe «Dëgjoni», dhe kërkimet pa rezultat. Ruajmë vetëm shumat për gjithë ditën. Asgjë nuk tregon se kush jeni ju.
