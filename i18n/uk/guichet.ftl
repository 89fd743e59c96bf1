# Guichet — тексти екрана українською (переклад з французької).
# Короткі речення, прості слова. Кожне повідомлення є кожною мовою.

## Вітальний екран
welcome-title = Добрий день!
welcome-touch-to-start = Торкніться екрана, щоб почати
welcome-choose-language = Оберіть свою мову

## Панель інструментів (на кожному екрані)
toolbar-language = Мова
toolbar-text-size = Розмір тексту
toolbar-contrast = Контраст
toolbar-start-over = Почати знову
toolbar-help = Допомога
toolbar-listen = Слухати
help-ask-at-desk = Потрібна допомога? Запитайте працівника на рецепції.
text-size-normal = Звичайний
text-size-large = Великий
text-size-largest = Дуже великий
contrast-standard = Звичайний
contrast-dark = Сильний контраст, чорний фон
contrast-light = Сильний контраст, білий фон

## Головна сторінка
home-title = Де знайти допомогу?
home-browse = Оберіть тему
home-search-placeholder = Напишіть кілька слів, наприклад: оренда
home-search-button = Шукати

## Результати
results-title = Результати
results-count = { $count ->
    [0] Немає результатів
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
results-for = Результати для «{ $query }»
results-none-title = Ми нічого не знайшли.
results-none-try-categories = Спробуйте тему нижче.
results-none-ask-desk = Або запитайте працівника на рецепції.
results-in-category = Тема: { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = Зателефонуйте зараз. Вам можуть допомогти.
crisis-call = Телефонуйте { $number }.

## Сторінка послуги
detail-who = Хто може це отримати?
detail-how = Що робити?
detail-bring = Що взяти з собою?
detail-where = Куди йти?
detail-phone = Телефон
detail-email = Електронна пошта
detail-website = Сайт
detail-fees = Ціна
detail-hours = Години роботи
detail-open-now = Зараз відчинено
detail-closed-now = Зараз зачинено
detail-opens-at = Відчиниться: { $day }, о { $time }
detail-closes-at = Зачиняється о { $time }
detail-qr = Відскануйте код телефоном, щоб зберегти цю сторінку.
detail-in-french = Цього тексту ще немає вашою мовою. Тому він французькою.
detail-machine = Цей текст переклав комп'ютер. У ньому можуть бути помилки.
detail-back = Назад
detail-no-contact = Зателефонуйте або напишіть до установи: дивіться її сайт.
detail-closed-holiday = Сьогодні зачинено: державне свято
detail-closed-exceptionally = Сьогодні зачинено у виняткових обставинах
detail-line-open-now = Лінія зараз відповідає
detail-line-closed-now = Лінія зараз не відповідає
detail-line-holiday = Сьогодні не відповідає: державне свято
detail-line-until = До { $time }
detail-line-answers-at = Відповідає: { $day }, з { $time }
detail-line-hours = Години роботи телефону
detail-for-commune = Для громади { $commune }:
detail-more-conditions = Інші умови ({ $count })
glossary-means = Це слово означає:
glossary-touch-hint = Торкніться слова зі знаком питання, щоб дізнатися, що воно означає.
glossary-card = Пояснення слова

## Дні
day-monday = понеділок
day-tuesday = вівторок
day-wednesday = середа
day-thursday = четвер
day-friday = п'ятниця
day-saturday = субота
day-sunday = неділя
day-today = сьогодні
day-tomorrow = завтра

## Неактивність
idle-title = Ви ще тут?
idle-body = Якщо ви не відповісте, через { $seconds } { $seconds ->
        [one] секунду
        [few] секунди
        [many] секунд
       *[other] секунди
    } екран почне все спочатку. Те, що ви шукали, буде видалено.
idle-continue = Продовжити

## Клавіатура
keyboard-space = Пробіл
keyboard-backspace = Стерти одну літеру
keyboard-clear = Стерти все
keyboard-more = Інші літери

## Голос
speech-unavailable = Голос зараз не працює.
speech-no-voice = Немає голосу цією мовою. Слухати французькою?
speech-stop = Зупинити
speech-repeat = Повторити
speech-slower = Повільніше
speech-faster = Швидше
speech-louder = Гучніше
speech-quieter = Тихіше
speech-mode-on = Голосовий режим увімкнено

## Персонал
staff-pin = Код працівника
staff-wrong-pin = Неправильний код.
staff-content-problems = { $count ->
    [one] { $count } проблема в каталозі
    [few] { $count } проблеми в каталозі
    [many] { $count } проблем у каталозі
   *[other] { $count } проблеми в каталозі
}
staff-exit = Вийти з кіоску

## Додано: інтерфейс кіоску
language-name = Українська
close = Закрити
keyboard-hide = Сховати клавіатуру
detail-not-found = Цієї сторінки більше немає. Торкніться «Назад».
help-how = Торкніться теми або напишіть слово. Потім торкніться результату, щоб прочитати все.
staff-back = Повернутися до кіоску
staff-enter = ОК

## Додано: читання вголос
speech-days = { $first } – { $last }
speech-slot = від { $opens } до { $closes }
speech-and = і
speech-step = Крок { $number }:
speech-pause = Пауза
speech-resume = Продовжити
speech-listen-french = Слухати французькою
speech-mode = Голосовий режим
speech-mode-off = Голосовий режим вимкнено
speech-speaking = Читання вголос

# Printing a service
print-button = Надрукувати цю сторінку
print-sending = Друкується… Зачекайте хвилинку.
print-done = Ваш аркуш надруковано. Візьміть його з принтера.
print-failed = Принтер не працює — запитайте працівника на рецепції.
print-date = Надруковано { $date }
print-for-desk = Для рецепції

## Опитування «Яка допомога для мене?»
screener-title = Яка допомога для мене?
screener-notice = Це лише перша орієнтація. Рішення ухвалює служба. Ваші відповіді видаляються, коли ви йдете.
screener-progress = Питання { $number } з { $count }
screener-dont-know = Я не знаю
screener-rather-not-say = Я не хочу відповідати
screener-yes = Так
screener-no = Ні
screener-likely = Імовірно для вас
screener-maybe = Можливо: запитайте на рецепції
screener-unlikely = Імовірно, ні
screener-show-unlikely = Показати допомогу, яка імовірно не для вас
screener-ask-at-desk = Є й інші умови. Служба вам про них скаже.
screener-q-canton = Де ви живете?
screener-a-canton-ge = У кантоні Женева
screener-a-canton-vd = У кантоні Во
screener-q-age = Скільки вам років?
screener-q-household = Ви живете самі чи в парі?
screener-a-household-alone = Сам або сама
screener-a-household-couple = У парі
screener-q-children = Скільки дітей живе з вами?
screener-a-children = Діти до 18 років
screener-a-children-in-education = Молоді люди від 18 до 25 років, які ще навчаються в школі або здобувають професію
screener-q-housing = Де ви спите?
screener-a-housing-tenant = У житлі, яке я орендую
screener-a-housing-owner = У житлі, яке належить мені
screener-a-housing-hosted = У людини, яка мене прихистила
screener-a-housing-shelter = У гуртожитку або притулку
screener-a-housing-street = На вулиці, у мене немає житла
screener-q-work = Чим ви зараз займаєтеся?
screener-a-work-employed = Я працюю на роботодавця
screener-a-work-self-employed = Я працюю на себе
screener-a-work-unemployed = У мене немає роботи, я шукаю роботу
screener-a-work-retired = Я на пенсії
screener-a-work-student = Я навчаюся
screener-a-work-apprentice = Я учень (навчаюся професії)
screener-a-work-unable-to-work = Я не можу працювати через здоров'я
screener-a-work-at-home = Я доглядаю за домом або родиною
screener-q-money-enough = Чи вистачає вам грошей щомісяця на оренду, їжу та медичне страхування?
screener-a-money-enough-yes = Так, вистачає
screener-a-money-enough-tight = Ледве вистачає
screener-a-money-enough-no = Ні, не вистачає
screener-q-residence = Який у вас паспорт або дозвіл?
screener-a-residence-swiss = Швейцарський паспорт
screener-a-residence-c = Дозвіл C (постійне проживання)
screener-a-residence-b = Дозвіл B (проживання)
screener-a-residence-f = Дозвіл F (тимчасовий допуск)
screener-a-residence-n = Дозвіл N (прохання про притулок)
screener-a-residence-s = Дозвіл S (захист)
screener-a-residence-l = Дозвіл L (короткострокове перебування)
screener-a-residence-g = Дозвіл G (прикордонний працівник)
screener-a-residence-none = Немає дозволу
screener-q-years-in-canton = Скільки років ви живете в цьому кантоні?
screener-q-health-insurance = Чи є у вас медичне страхування?
screener-q-situations = Чи це правда для вас? Торкніться речень, які є правдою.
screener-a-pregnant-or-newborn = Ми чекаємо дитину, або дитина народилася менше ніж 6 місяців тому.
screener-a-health-stops-work = Моє здоров'я не дозволяє мені працювати.
screener-a-violence = Я зазнаю насильства або боюся когось.
screener-a-debts = У мене є борги, які я не можу сплатити.
screener-a-child-support-unpaid = Інший з батьків не сплачує аліменти на дітей.
screener-a-refugee = Я визнаний біженцем.
screener-q-receives = Чи отримуєте ви вже якусь із цих допомог? Торкніться тих, які отримуєте.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = Далі
screener-less = На один менше
screener-more = На один більше
screener-erase = Стерти
screener-no-number = Ще немає числа
screener-chosen = { $what }: вибрано
screener-none = За вашими відповідями жодна допомога не виділяється. Запитайте на рецепції: там подивляться разом з вами.
screener-set-aside = Допомога, яку ви вже отримуєте
## Додано: що рахується
help-insight = Щоб покращити цей екран, ми щодня рахуємо: які мови, теми й сторінки використовують, як часто використовують «Розмір тексту», «Контраст» і «Слухати», і які пошуки нічого не знайшли. Ми зберігаємо лише підсумки за весь день. Ніщо не показує, хто ви.
