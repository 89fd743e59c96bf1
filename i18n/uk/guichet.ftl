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

## Додано: що рахується
help-insight = Щоб покращити цей екран, ми щодня рахуємо: які мови, теми й сторінки використовують, як часто використовують «Розмір тексту», «Контраст» і «Слухати», і які пошуки нічого не знайшли. Ми зберігаємо лише підсумки за весь день. Ніщо не показує, хто ви.
