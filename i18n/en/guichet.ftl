# Guichet — screen texts in English (translated from French).
# Short sentences, simple words. Every message exists in every language.

## Welcome screen
welcome-title = Hello!
welcome-touch-to-start = Touch the screen to start
welcome-choose-language = Choose your language

## Toolbar (on every screen)
toolbar-language = Language
toolbar-text-size = Text size
toolbar-contrast = Contrast
toolbar-start-over = Start again
toolbar-help = Help
toolbar-listen = Listen
help-ask-at-desk = Need help? Ask the person at the desk.
text-size-normal = Normal
text-size-large = Large
text-size-largest = Very large
contrast-standard = Standard
contrast-dark = High contrast, black background
contrast-light = High contrast, white background

## Home page
home-title = Where can I find help?
home-browse = Choose a topic
home-search-placeholder = Type a few words, for example: rent
home-search-button = Search

## Results
results-title = Results
results-count = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
}
results-for = Results for “{ $query }”
results-none-title = We did not find anything.
results-none-try-categories = Try a topic below.
results-none-ask-desk = Or ask the person at the desk.
results-in-category = Topic: { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = Call now. Someone can help you.
crisis-call = Call { $number }.

## Service page
detail-who = Who can get it?
detail-how = What do I do?
detail-bring = What to bring?
detail-where = Where to go?
detail-phone = Phone
detail-email = Email
detail-website = Website
detail-fees = Price
detail-hours = Opening hours
detail-open-now = Open now
detail-closed-now = Closed now
detail-opens-at = Opens { $day } at { $time }
detail-closes-at = Closes at { $time }
detail-qr = Scan with your phone to keep this page.
detail-in-french = This text is not in your language yet. It is in French.
detail-machine = A computer translated this text. It may have mistakes.
detail-back = Back
detail-no-contact = Call or write to the organisation: see its website.
detail-closed-holiday = Closed today: public holiday
detail-closed-exceptionally = Closed today: exceptional closure
detail-line-open-now = The line answers now
detail-line-closed-now = The line does not answer now
detail-line-holiday = No answer today: public holiday
detail-line-until = Until { $time }
detail-line-answers-at = Answers { $day } from { $time }
detail-line-hours = Phone hours
detail-for-commune = For { $commune }:
detail-more-conditions = More conditions ({ $count })
glossary-means = This word means:
glossary-touch-hint = Touch a word with a question mark to learn what it means.
glossary-card = Word explained

## Days
day-monday = Monday
day-tuesday = Tuesday
day-wednesday = Wednesday
day-thursday = Thursday
day-friday = Friday
day-saturday = Saturday
day-sunday = Sunday
day-today = today
day-tomorrow = tomorrow

## Inactivity
idle-title = Are you still there?
idle-body = If you do not answer, the screen starts again in { $seconds } seconds. What you searched for will be deleted.
idle-continue = Continue

## Keyboard
keyboard-space = Space
keyboard-backspace = Delete one letter
keyboard-clear = Delete all
keyboard-more = More letters

## Speech
speech-unavailable = The voice is not working right now.
speech-no-voice = No voice in this language. Listen in French?
speech-stop = Stop
speech-repeat = Repeat
speech-slower = Slower
speech-faster = Faster
speech-louder = Louder
speech-quieter = Quieter
speech-mode-on = Voice mode on

## Staff
staff-pin = Staff code
staff-wrong-pin = Wrong code.
staff-content-problems = { $count ->
    [one] 1 problem in the catalogue
   *[other] { $count } problems in the catalogue
}
staff-exit = Leave the kiosk

## Added: kiosk interface
language-name = English
close = Close
keyboard-hide = Hide the keyboard
detail-not-found = This page does not exist any more. Touch “Back”.
help-how = Touch a topic, or write a word. Then touch a result to read everything.
staff-back = Back to the kiosk
staff-enter = Confirm

## Added: reading aloud
speech-days = { $first } to { $last }
speech-slot = { $opens } to { $closes }
speech-and = and
speech-step = Step { $number }:
speech-pause = Pause
speech-resume = Continue
speech-listen-french = Listen in French
speech-mode = Voice mode
speech-mode-off = Voice mode off
speech-speaking = Reading aloud

# Printing a service
print-button = Print this page
print-sending = Printing… Please wait a moment.
print-done = Your sheet is printed. Take it from the printer.
print-failed = The printer is not working — ask at the desk.
print-date = Printed on { $date }
print-for-desk = For the desk

## Questionnaire "Which help is for me?"
screener-title = Which help is for me?
screener-notice = This is only a first step. The service decides. Your answers are deleted when you leave.
screener-progress = Question { $number } of { $count }
screener-dont-know = I don't know
screener-rather-not-say = I'd rather not say
screener-yes = Yes
screener-no = No
screener-likely = Likely for you
screener-maybe = Maybe: ask at the desk
screener-unlikely = Probably not
screener-show-unlikely = Show the help that is probably not for you
screener-ask-at-desk = Other conditions count too. The service will tell you.
screener-q-canton = Where do you live?
screener-a-canton-ge = In the canton of Geneva
screener-a-canton-vd = In the canton of Vaud
screener-q-age = How old are you?
screener-q-household = Do you live alone or as a couple?
screener-a-household-alone = Alone
screener-a-household-couple = As a couple
screener-q-children = How many children live with you?
screener-a-children = Children under 18
screener-a-children-in-education = Young people aged 18 to 25 still at school or in training
screener-q-housing = Where do you sleep?
screener-a-housing-tenant = In a home I rent
screener-a-housing-owner = In a home I own
screener-a-housing-hosted = With someone who puts me up
screener-a-housing-shelter = In a hostel or a shelter
screener-a-housing-street = Outside, I have no home
screener-q-work = What do you do at the moment?
screener-a-work-employed = I work for an employer
screener-a-work-self-employed = I work for myself
screener-a-work-unemployed = I have no work, I am looking for work
screener-a-work-retired = I am retired
screener-a-work-student = I am a student
screener-a-work-apprentice = I am an apprentice
screener-a-work-unable-to-work = I cannot work because of my health
screener-a-work-at-home = I look after the home or the family
screener-q-money-enough = Each month, is your money enough for rent, food and health insurance?
screener-a-money-enough-yes = Yes, it is enough
screener-a-money-enough-tight = It is tight
screener-a-money-enough-no = No, it is not enough
screener-q-residence = Which passport or permit do you have?
screener-a-residence-swiss = Swiss passport
screener-a-residence-c = Permit C (settled)
screener-a-residence-b = Permit B (residence)
screener-a-residence-f = Permit F (provisionally admitted)
screener-a-residence-n = Permit N (asylum seeker)
screener-a-residence-s = Permit S (protection)
screener-a-residence-l = Permit L (short stay)
screener-a-residence-g = Permit G (cross-border worker)
screener-a-residence-none = No permit
screener-q-years-in-canton = How many years have you lived in this canton?
screener-q-health-insurance = Do you have health insurance?
screener-q-situations = Is this true for you? Touch the sentences that are true.
screener-a-pregnant-or-newborn = We are expecting a baby, or a baby was born less than 6 months ago.
screener-a-health-stops-work = My health stops me from working.
screener-a-violence = I suffer violence, or I am afraid of someone.
screener-a-debts = I have debts I cannot pay.
screener-a-child-support-unpaid = The other parent does not pay child support.
screener-a-refugee = I am a recognised refugee.
screener-q-receives = Do you already get any of this help? Touch the ones you get.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = Next
screener-less = One less
screener-more = One more
screener-erase = Erase
screener-no-number = No number yet
screener-chosen = { $what }: chosen
screener-none = From your answers, no help stands out. Ask at the desk: they can look at it with you.
screener-set-aside = Help you already get
## Added: what is counted
help-insight = To make this screen better, we count each day: the languages, topics and pages used, how often “Text size”, “Contrast” and “Listen” are used, and the searches that found nothing. We keep only totals for the whole day. Nothing shows who you are.
