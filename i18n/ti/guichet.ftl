# Guichet — ጽሑፋት ናይ ስክሪን ብትግርኛ (ካብ ፈረንሳይኛ ዝተተርጎመ).
# Guichet — screen texts in Tigrinya (translated from French). Short sentences, simple words.

## መእተዊ ስክሪን
welcome-title = ሰላም!
welcome-touch-to-start = ንምጅማር ነቲ ስክሪን ተንክፉ
welcome-choose-language = ቋንቋኹም ምረጹ

## መሳርሒታት (ኣብ ነፍሲ ወከፍ ስክሪን)
toolbar-language = ቋንቋ
toolbar-text-size = ዓቐን ጽሑፍ
toolbar-contrast = ፍልልይ ሕብሪ
toolbar-start-over = ብሓድሽ ጀምሩ
toolbar-help = ሓገዝ
toolbar-listen = ስምዑ
help-ask-at-desk = ሓገዝ የድልየኩም ድዩ? ነቲ ኣብ መቐበሊ ዘሎ ሰብ ሕተቱ።
text-size-normal = ንቡር
text-size-large = ዓቢ
text-size-largest = ኣዝዩ ዓቢ
contrast-standard = ንቡር
contrast-dark = ብርቱዕ ፍልልይ ሕብሪ፣ ጸሊም ድሕረ ባይታ
contrast-light = ብርቱዕ ፍልልይ ሕብሪ፣ ጻዕዳ ድሕረ ባይታ

## ቀዳማይ ገጽ
home-title = ሓገዝ ኣበይ ክረክብ እኽእል?
home-browse = ሓደ ኣርእስቲ ምረጹ
home-search-placeholder = ገለ ቃላት ጸሓፉ፣ ንኣብነት፦ ክራይ ገዛ
home-search-button = ድለዩ

## ውጽኢታት
results-title = ውጽኢታት
results-count = { $count ->
    [0] ዋላ ሓደ ውጽኢት የለን
    [one] { $count } ውጽኢት
   *[other] { $count } ውጽኢታት
}
results-for = ውጽኢት ምድላይ፦ «{ $query }»
results-none-title = ዋላ ሓንቲ ኣይረኸብናን።
results-none-try-categories = ካብዞም ኣብ ታሕቲ ዘለዉ ኣርእስታት ሓደ ፈትኑ።
results-none-ask-desk = ወይ ድማ ነቲ ኣብ መቐበሊ ዘሎ ሰብ ሕተቱ።
results-in-category = ኣርእስቲ፦ { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = ሕጂ ደውሉ። ዝሕግዘኩም ሰብ ኣሎ።
crisis-call = ናብ { $number } ደውሉ።

## ገጽ ናይ ሓደ ኣገልግሎት
detail-who = መን ክረኽቦ ይኽእል?
detail-how = እንታይ ክትገብሩ ኣለኩም?
detail-bring = እንታይ ሒዝኩም ትኸዱ?
detail-where = ናበይ ትኸዱ?
detail-phone = ተሌፎን
detail-email = ኢመይል
detail-website = ዌብሳይት
detail-fees = ዋጋ
detail-hours = ሰዓታት ስራሕ
detail-open-now = ሕጂ ክፉት እዩ
detail-closed-now = ሕጂ ዕጹው እዩ
detail-opens-at = { $day } ሰዓት { $time } ይኽፈት
detail-closes-at = ሰዓት { $time } ይዕጾ
detail-qr = ነዚ ገጽ ንምዕቃብ ብተሌፎንኩም ስካን ግበሩ።
detail-in-french = እዚ ጽሑፍ ገና ብቋንቋኹም የለን። ስለዚ ብፈረንሳይኛ እዩ።
detail-machine = እዚ ጽሑፍ ብኮምፒዩተር እዩ ተተርጒሙ። ጌጋታት ክህልዎ ይኽእል።
detail-back = ተመለሱ
detail-no-contact = ናብቲ ትካል ደውሉ ወይ ጽሓፉ፦ ዌብሳይቱ ርኣዩ።
detail-closed-holiday = ሎሚ ዕጹው እዩ፡ ዕለተ በዓል
detail-closed-exceptionally = ሎሚ ብፍሉይ ምኽንያት ዕጹው እዩ
detail-line-open-now = እቲ መስመር ሕጂ ይምልስ እዩ
detail-line-closed-now = እቲ መስመር ሕጂ ኣይምልስን እዩ
detail-line-holiday = ሎሚ መልሲ የለን፡ ዕለተ በዓል
detail-line-until = ክሳብ ሰዓት { $time }
detail-line-answers-at = { $day } ካብ ሰዓት { $time } ይምልስ
detail-line-hours = ሰዓታት ቴሌፎን
detail-for-commune = ንነበርቲ { $commune }፡
detail-more-conditions = ካልኦት ኩነታት ({ $count })
glossary-means = እዚ ቃል ትርጉሙ፡
glossary-touch-hint = እንታይ ማለት ምዃኑ ንምፍላጥ ምልክት ሕቶ ዘለዎ ቃል ተንክፉ።
glossary-card = ዝተገልጸ ቃል

## መዓልታት
day-monday = ሰኑይ
day-tuesday = ሰሉስ
day-wednesday = ረቡዕ
day-thursday = ሓሙስ
day-friday = ዓርቢ
day-saturday = ቀዳም
day-sunday = ሰንበት
day-today = ሎሚ
day-tomorrow = ጽባሕ

## ዘይንጥፈት
idle-title = ገና ኣብዚ ኣለኹም ዶ?
idle-body = መልሲ እንተዘይሂብኩም፣ ድሕሪ { $seconds } ካልኢት እቲ ስክሪን ካብ መጀመርታ ክጅምር እዩ። ዝደለኹምዎ ክድምሰስ እዩ።
idle-continue = ቀጽሉ

## ኪቦርድ
keyboard-space = ባዶ ቦታ
keyboard-backspace = ሓንቲ ፊደል ሰርዙ
keyboard-clear = ኩሉ ሰርዙ
keyboard-more = ካልኦት ፊደላት

## ድምጺ
speech-unavailable = ድምጺ ሕጂ ኣይሰርሕን እዩ።
speech-no-voice = ብዚ ቋንቋ ድምጺ የለን። ብፈረንሳይኛ ክትሰምዑ ትደልዩ ዶ?
speech-stop = ደው ኣብሉ
speech-repeat = ድገሙ
speech-slower = ቀስ ኢሉ
speech-faster = ቀልጢፉ
speech-louder = ድምጺ ወስኹ
speech-quieter = ድምጺ ቀንሱ
speech-mode-on = ድምጺ ተወሊዑ ኣሎ

## ሰራሕተኛታት
staff-pin = ኮድ ሰራሕተኛታት
staff-wrong-pin = ጌጋ ኮድ።
staff-content-problems = { $count ->
    [one] { $count } ጸገም ኣብ ካታሎግ
   *[other] { $count } ጸገማት ኣብ ካታሎግ
}
staff-exit = ካብ ኪዮስክ ውጹ

## ወሰኽ፦ ስክሪን ኪዮስክ
language-name = ትግርኛ
close = ዕጸዉ
keyboard-hide = ኪቦርድ ሕብኡ
detail-not-found = እዚ ገጽ ደጊም የለን። «ተመለሱ» ተንክፉ።
help-how = ሓደ ኣርእስቲ ተንክፉ፣ ወይ ሓደ ቃል ጽሓፉ። ድሕሪኡ ኩሉ ንምንባብ ሓደ ውጽኢት ተንክፉ።
staff-back = ናብ ኪዮስክ ተመለሱ
staff-enter = ኣረጋግጹ

## ወሰኽ፦ ብድምጺ ምንባብ
speech-days = ካብ { $first } ክሳብ { $last }
speech-slot = ካብ ሰዓት { $opens } ክሳብ ሰዓት { $closes }
speech-and = ከምኡውን
speech-step = ስጉምቲ { $number }፦
speech-pause = ንግዜኡ ደው ኣብሉ
speech-resume = ቀጽሉ
speech-listen-french = ብፈረንሳይኛ ስምዑ
speech-mode = ኣገባብ ድምጺ
speech-mode-off = ድምጺ ጠፊኡ ኣሎ
speech-speaking = ብድምጺ ይንበብ ኣሎ

# Printing a service
print-button = ነዚ ገጽ ሕተሙ
print-sending = ይሕተም ኣሎ… በጃኹም ቁሩብ ተጸበዩ።
print-done = ወረቐትኩም ተሓቲማ ኣላ። ካብ መሕተሚ ውሰድዋ።
print-failed = መሕተሚ ኣይሰርሕን እዩ — ነቲ ኣብ መቐበሊ ዘሎ ሰብ ሕተቱ።
print-date = ዝተሓተመሉ ዕለት፦ { $date }
print-for-desk = ንመቐበሊ

## ሕቶታት «ኣየናይ ሓገዝ እዩ ንዓይ?»
screener-title = ኣየናይ ሓገዝ እዩ ንዓይ?
screener-notice = እዚ ቀዳማይ መምርሒ ጥራይ እዩ። ዝውስን እቲ ኣገልግሎት እዩ። ክትከዱ ከለኹም መልስታትኩም ይድምሰስ።
screener-progress = ሕቶ { $number } ካብ { $count }
screener-dont-know = ኣይፈልጥን
screener-rather-not-say = ክምልስ ኣይደልን
screener-yes = እወ
screener-no = ኣይፋሉን
screener-likely = ዝያዳ ተኽእሎ ንዓኹም እዩ
screener-maybe = ምናልባት፦ ኣብ መቐበሊ ሕተቱ
screener-unlikely = ዝያዳ ተኽእሎ ንዓኹም ኣይኮነን
screener-show-unlikely = ንዓኹም ዘይኮነ ሓገዛት ርኣዩ
screener-ask-at-desk = ካልኦት ቅጥዕታት እውን ኣለዉ። እቲ ኣገልግሎት ክነግረኩም እዩ።
screener-q-canton = ኣበይ ትነብሩ?
screener-a-canton-ge = ኣብ ካንቶን ጀነቫ
screener-a-canton-vd = ኣብ ካንቶን ቮ
screener-q-age = ዕድሜኹም ክንደይ እዩ?
screener-q-household = በይንኹም ዲኹም ትነብሩ ወይስ ምስ መጻምድቲ?
screener-a-household-alone = በይነይ
screener-a-household-couple = ምስ መጻምድቲ
screener-q-children = ክንደይ ቆልዑ ምሳኹም ይነብሩ?
screener-a-children = ትሕቲ 18 ዓመት ዝዕድሚኦም ቆልዑ
screener-a-children-in-education = ካብ 18 ክሳብ 25 ዓመት ዝዕድሚኦም ገና ኣብ ቤት ትምህርቲ ወይ ስልጠና ዘለዉ መንእሰያት
screener-q-housing = ኣበይ ትድቅሱ?
screener-a-housing-tenant = ኣብ ዝተኻረኹዎ ገዛ
screener-a-housing-owner = ኣብ ናተይ ገዛ
screener-a-housing-hosted = ኣብ ዝቕበለኒ ሰብ
screener-a-housing-shelter = ኣብ መዕቈቢ ወይ መዕረፊ
screener-a-housing-street = ኣብ ደገ፡ ገዛ የብለይን
screener-q-work = ሕጂ እንታይ ትገብሩ ኣለኹም?
screener-a-work-employed = ንወሃቢ ስራሕ እሰርሕ
screener-a-work-self-employed = ናይ ገዛእ ርእሰይ ስራሕ እሰርሕ
screener-a-work-unemployed = ስራሕ የብለይን፡ ስራሕ እደሊ ኣለኹ
screener-a-work-retired = ጡረታ ወጺአ ኣለኹ
screener-a-work-student = እመሃር ኣለኹ
screener-a-work-apprentice = ሞያ እመሃር ኣለኹ
screener-a-work-unable-to-work = ብሰንኪ ጥዕናይ ክሰርሕ ኣይክእልን
screener-a-work-at-home = ገዛ ወይ ስድራ እኣሊ
screener-q-money-enough = ኣብ ነፍሲ ወከፍ ወርሒ፡ ገንዘብኩም ንክራይ ገዛ፡ መግብን ናይ ሕክምና መድሕንን ይኣኽለኩም ድዩ?
screener-a-money-enough-yes = እወ፡ ይኣክል
screener-a-money-enough-tight = ብጸቕጢ ይኣክል
screener-a-money-enough-no = ኣይፋሉን፡ ኣይኣክልን
screener-q-residence = ኣየናይ ፓስፖርት ወይ ፍቓድ ኣለኩም?
screener-a-residence-swiss = ፓስፖርት ስዊዘርላንድ
screener-a-residence-c = ፍቓድ C (ንነዊሕ ግዜ ምቕማጥ)
screener-a-residence-b = ፍቓድ B (ምቕማጥ)
screener-a-residence-f = ፍቓድ F (ግዝያዊ ተቐባልነት)
screener-a-residence-n = ፍቓድ N (ሕቶ ዑቕባ)
screener-a-residence-s = ፍቓድ S (ሓለዋ)
screener-a-residence-l = ፍቓድ L (ሓጺር ግዜ)
screener-a-residence-g = ፍቓድ G (ሰራሕተኛ ዶብ)
screener-a-residence-none = ፍቓድ የብለይን
screener-q-years-in-canton = ኣብዚ ካንቶን ንክንደይ ዓመት ትነብሩ ኣለኹም?
screener-q-health-insurance = ናይ ሕክምና መድሕን ኣለኩም ድዩ?
screener-q-situations = እዚ ንዓኹም ሓቂ ድዩ? ነተን ሓቂ ዝኾና ሓረጋት ተንክፉ።
screener-a-pregnant-or-newborn = ህጻን ንጽበ ኣለና፡ ወይ ቅድሚ 6 ወርሒ ዘይመልእ ህጻን ተወሊዱ።
screener-a-health-stops-work = ጥዕናይ ካብ ስራሕ ይዓግተኒ።
screener-a-violence = ዓመጽ ይበጽሓኒ ኣሎ፡ ወይ ንሓደ ሰብ እፈርሖ።
screener-a-debts = ክኸፍሎ ዘይክእል ዕዳ ኣለኒ።
screener-a-child-support-unpaid = እቲ ካልኣይ ወላዲ ናይ ቆልዑ ቀለብ ኣይከፍልን።
screener-a-refugee = ከም ስደተኛ ተፈሊጠ ኣለኹ።
screener-q-receives = ካብዚ ሓገዛት ሓደ ድሮ ትቕበሉ ዲኹም? ነቶም ትቕበሉዎም ተንክፉ።
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = ቀጽሉ
screener-less = ሓደ ዝወሓደ
screener-more = ሓደ ዝወሰኸ
screener-erase = ሰርዙ
screener-no-number = ገና ቍጽሪ የለን
screener-chosen = { $what }: ተሓሪዩ
screener-none = ካብ መልስታትኩም ንጹር ዝኾነ ሓገዝ የለን። ኣብ መቐበሊ ሕተቱ፡ ምሳኹም ክርእይዎ ይኽእሉ።
screener-set-aside = ድሮ እትቕበልዎ ሓገዛት
## ተወሰኸ: እንታይ ይቑጸር
help-insight = ነዚ መርኣዪ ንምምሕያሽ፡ መዓልታዊ ንቖጽር፦ ዝተጠቕመሉ ቋንቋታት፡ ኣርእስትታትን ገጻትን፡ «ዓቐን ጽሑፍ»፡ «ፍልልይ ሕብሪ»ን «ስምዑ»ን ክንደይ ግዜ ከም ዝተጠቕመሉ፡ ከምኡ'ውን ውጽኢት ዘይረኸበ ምድላያት። ናይ ሙሉእ መዓልቲ ድምር ጥራይ ኢና ንሕዝ። መን ምዃንኩም ዘርኢ ነገር የለን።
