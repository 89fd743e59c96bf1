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

## Added: what is counted
help-insight = To make this screen better, we count each day: the languages, topics and pages used, how often “Text size”, “Contrast” and “Listen” are used, and the searches that found nothing. We keep only totals for the whole day. Nothing shows who you are.
