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

## Pyetësori «Cila ndihmë është për mua?»
screener-title = Cila ndihmë është për mua?
screener-notice = Kjo është vetëm një orientim i parë. Vendos shërbimi. Përgjigjet tuaja fshihen kur largoheni.
screener-progress = Pyetja { $number } nga { $count }
screener-dont-know = Nuk e di
screener-rather-not-say = Preferoj të mos përgjigjem
screener-yes = Po
screener-no = Jo
screener-likely = Ndoshta për ju
screener-maybe = Ndoshta: pyesni në sportel
screener-unlikely = Ndoshta jo
screener-show-unlikely = Shihni ndihmat që ndoshta nuk janë për ju
screener-ask-at-desk = Llogariten edhe kushte të tjera. Shërbimi do t'jua thotë.
screener-q-canton = Ku jetoni?
screener-a-canton-ge = Në kantonin e Gjenevës
screener-a-canton-vd = Në kantonin e Vaud
screener-q-age = Sa vjeç jeni?
screener-q-household = Jetoni vetëm apo në çift?
screener-a-household-alone = Vetëm
screener-a-household-couple = Në çift
screener-q-children = Sa fëmijë jetojnë me ju?
screener-a-children = Fëmijë nën 18 vjeç
screener-a-children-in-education = Të rinj 18 deri 25 vjeç që ende shkojnë në shkollë ose në formim
screener-q-housing = Ku flini?
screener-a-housing-tenant = Në një banesë me qira
screener-a-housing-owner = Në një banesë timen
screener-a-housing-hosted = Te dikush që më strehon
screener-a-housing-shelter = Në një strehë ose qendër pritjeje
screener-a-housing-street = Jashtë, nuk kam banesë
screener-q-work = Çfarë bëni tani?
screener-a-work-employed = Punoj për një punëdhënës
screener-a-work-self-employed = Punoj për vete
screener-a-work-unemployed = Nuk kam punë, kërkoj punë
screener-a-work-retired = Jam në pension
screener-a-work-student = Studioj
screener-a-work-apprentice = Jam nxënës në mësim zanati
screener-a-work-unable-to-work = Nuk mund të punoj për shkak të shëndetit
screener-a-work-at-home = Kujdesem për shtëpinë ose familjen
screener-q-money-enough = Çdo muaj, a ju mjaftojnë paratë për qiranë, ushqimin dhe sigurimin shëndetësor?
screener-a-money-enough-yes = Po, mjaftojnë
screener-a-money-enough-tight = Mezi mjaftojnë
screener-a-money-enough-no = Jo, nuk mjaftojnë
screener-q-residence = Çfarë pasaporte ose leje keni?
screener-a-residence-swiss = Pasaportë zvicerane
screener-a-residence-c = Leje C (vendosje)
screener-a-residence-b = Leje B (qëndrim)
screener-a-residence-f = Leje F (pranim i përkohshëm)
screener-a-residence-n = Leje N (kërkesë për azil)
screener-a-residence-s = Leje S (mbrojtje)
screener-a-residence-l = Leje L (afat i shkurtër)
screener-a-residence-g = Leje G (punëtor ndërkufitar)
screener-a-residence-none = Pa leje
screener-q-years-in-canton = Sa vite keni që jetoni në këtë kanton?
screener-q-health-insurance = A keni sigurim shëndetësor?
screener-q-situations = A është e vërtetë për ju? Prekni fjalitë që janë të vërteta.
screener-a-pregnant-or-newborn = Presim një foshnjë, ose një foshnjë ka lindur para më pak se 6 muajsh.
screener-a-health-stops-work = Shëndeti im më pengon të punoj.
screener-a-violence = Pësoj dhunë, ose kam frikë nga dikush.
screener-a-debts = Kam borxhe që nuk mund t'i paguaj.
screener-a-child-support-unpaid = Prindi tjetër nuk paguan pensionin ushqimor për fëmijët.
screener-a-refugee = Jam i njohur si refugjat.
screener-q-receives = A merrni tashmë ndonjë nga këto ndihma? Prekni ato që merrni.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = Më tej
screener-less = Një më pak
screener-more = Një më shumë
screener-erase = Fshini
screener-no-number = Ende pa numër
screener-chosen = { $what }: e zgjedhur
screener-none = Nga përgjigjet tuaja, asnjë ndihmë nuk del qartë. Pyesni në sportel: mund ta shohin me ju.
screener-set-aside = Ndihmat që i merrni tashmë
## Shtuar: çfarë numërohet
help-insight = Për ta përmirësuar këtë ekran, ne numërojmë çdo ditë: gjuhët, temat dhe faqet e përdorura, sa herë përdoren «Madhësia e tekstit», «Kontrasti» dhe «Dëgjoni», dhe kërkimet pa rezultat. Ruajmë vetëm shumat për gjithë ditën. Asgjë nuk tregon se kush jeni ju.
