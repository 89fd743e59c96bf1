# Guichet — نصوص الشاشة باللغة العربية (مترجمة من الفرنسية).
# جمل قصيرة وكلمات بسيطة. كل رسالة موجودة بكل اللغات.

## شاشة الترحيب
welcome-title = مرحباً!
welcome-touch-to-start = يُرجى لمس الشاشة للبدء
welcome-choose-language = يُرجى اختيار لغتك

## شريط الأدوات (في كل شاشة)
toolbar-language = اللغة
toolbar-text-size = حجم الخط
toolbar-contrast = التباين
toolbar-start-over = البدء من جديد
toolbar-help = مساعدة
toolbar-listen = استماع
help-ask-at-desk = بحاجة إلى مساعدة؟ يُرجى سؤال الشخص في مكتب الاستقبال.
text-size-normal = عادي
text-size-large = كبير
text-size-largest = كبير جداً
contrast-standard = عادي
contrast-dark = تباين قوي، خلفية سوداء
contrast-light = تباين قوي، خلفية بيضاء

## الصفحة الرئيسية
home-title = أين أجد المساعدة؟
home-browse = يُرجى اختيار موضوع
home-search-placeholder = يُرجى كتابة بضع كلمات، مثلاً: الإيجار
home-search-button = بحث

## النتائج
results-title = النتائج
results-count = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
results-for = نتائج البحث عن «{ $query }»
results-none-title = لم نجد أي شيء.
results-none-try-categories = يمكنك تجربة أحد المواضيع في الأسفل.
results-none-ask-desk = أو يمكنك سؤال الشخص في مكتب الاستقبال.
results-in-category = الموضوع: { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = اتصل الآن. يمكن لشخص أن يساعدك.
crisis-call = اتصل بالرقم { $number }.

## صفحة الخدمة
detail-who = من يمكنه الحصول عليها؟
detail-how = كيف أحصل عليها؟
detail-bring = ماذا أُحضر معي؟
detail-where = إلى أين أذهب؟
detail-phone = الهاتف
detail-email = البريد الإلكتروني
detail-website = الموقع الإلكتروني
detail-fees = السعر
detail-hours = أوقات العمل
detail-open-now = مفتوح الآن
detail-closed-now = مغلق الآن
detail-opens-at = يفتح { $day } الساعة { $time }
detail-closes-at = يُغلق الساعة { $time }
detail-qr = يمكنك مسح الرمز بهاتفك لحفظ هذه الصفحة.
detail-in-french = هذا النص غير متوفر بلغتك بعد. لذلك هو باللغة الفرنسية.
detail-machine = هذا النص ترجمه الكمبيوتر. قد توجد فيه أخطاء.
detail-back = رجوع
detail-no-contact = للاتصال بالمؤسسة أو الكتابة إليها: انظر موقعها الإلكتروني.
detail-closed-holiday = مغلق اليوم: عطلة رسمية
detail-closed-exceptionally = مغلق اليوم بشكل استثنائي
detail-line-open-now = الخط يجيب الآن
detail-line-closed-now = الخط لا يجيب الآن
detail-line-holiday = لا يوجد رد اليوم: عطلة رسمية
detail-line-until = حتى الساعة { $time }
detail-line-answers-at = يجيب { $day } من الساعة { $time }
detail-line-hours = أوقات الهاتف
detail-for-commune = لسكان { $commune }:
detail-more-conditions = شروط أخرى ({ $count })
glossary-means = معنى هذه الكلمة:
glossary-touch-hint = المس كلمة بجانبها علامة استفهام لتعرف معناها.
glossary-card = شرح كلمة

## الأيام
day-monday = الاثنين
day-tuesday = الثلاثاء
day-wednesday = الأربعاء
day-thursday = الخميس
day-friday = الجمعة
day-saturday = السبت
day-sunday = الأحد
day-today = اليوم
day-tomorrow = غداً

## عدم النشاط
idle-title = هل ما زلت هنا؟
idle-body = إذا لم يكن هناك رد، ستبدأ الشاشة من جديد بعد { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }. سيتم حذف ما بحثت عنه.
idle-continue = متابعة

## لوحة المفاتيح
keyboard-space = مسافة
keyboard-backspace = حذف حرف
keyboard-clear = حذف الكل
keyboard-more = حروف أخرى

## الصوت
speech-unavailable = الصوت لا يعمل الآن.
speech-no-voice = لا يوجد صوت بهذه اللغة. الاستماع باللغة الفرنسية؟
speech-stop = إيقاف
speech-repeat = إعادة
speech-slower = أبطأ
speech-faster = أسرع
speech-louder = صوت أعلى
speech-quieter = صوت أخفض
speech-mode-on = الوضع الصوتي مُفعَّل

## الموظفون
staff-pin = رمز الموظفين
staff-wrong-pin = الرمز غير صحيح.
staff-content-problems = { $count ->
    [zero] لا توجد مشاكل في الكتالوج
    [one] مشكلة واحدة في الكتالوج
    [two] مشكلتان في الكتالوج
    [few] { $count } مشاكل في الكتالوج
    [many] { $count } مشكلة في الكتالوج
   *[other] { $count } مشكلة في الكتالوج
}
staff-exit = الخروج من الكشك

## إضافات: واجهة الكشك
language-name = العربية
close = إغلاق
keyboard-hide = إخفاء لوحة المفاتيح
detail-not-found = هذه الصفحة لم تعد موجودة. يُرجى لمس «رجوع».
help-how = يُرجى لمس موضوع أو كتابة كلمة. ثم يُرجى لمس نتيجة لقراءة كل شيء.
staff-back = العودة إلى الكشك
staff-enter = تأكيد

## إضافات: القراءة بصوت عالٍ
speech-days = من { $first } إلى { $last }
speech-slot = من الساعة { $opens } إلى الساعة { $closes }
speech-and = و
speech-step = الخطوة { $number }:
speech-pause = إيقاف مؤقت
speech-resume = متابعة
speech-listen-french = الاستماع باللغة الفرنسية
speech-mode = الوضع الصوتي
speech-mode-off = تم إيقاف الوضع الصوتي
speech-speaking = جارٍ القراءة بصوت عالٍ

# Printing a service
print-button = طباعة هذه الصفحة
print-sending = جارٍ الطباعة… يُرجى الانتظار قليلاً.
print-done = تمت طباعة ورقتك. خذها من الطابعة.
print-failed = الطابعة لا تعمل — يُرجى سؤال الشخص في مكتب الاستقبال.
print-date = طُبعت في { $date }
print-for-desk = لمكتب الاستقبال

## استبيان «أي مساعدة تناسبني؟»
screener-title = أي مساعدة تناسبني؟
screener-notice = هذا توجيه أول فقط. الجهة المختصة هي التي تقرر. تُمحى إجاباتك عندما تغادر.
screener-progress = السؤال { $number } من { $count }
screener-dont-know = لا أعرف
screener-rather-not-say = أفضّل عدم الإجابة
screener-yes = نعم
screener-no = لا
screener-likely = على الأرجح تناسبك
screener-maybe = ربما: اسأل في مكتب الاستقبال
screener-unlikely = على الأرجح لا
screener-show-unlikely = عرض المساعدات التي على الأرجح لا تناسبك
screener-ask-at-desk = هناك شروط أخرى أيضًا. ستخبرك بها الجهة المختصة.
screener-q-canton = أين تسكن؟
screener-a-canton-ge = في كانتون جنيف
screener-a-canton-vd = في كانتون فو
screener-q-age = كم عمرك؟
screener-q-household = هل تعيش وحدك أم مع شريك؟
screener-a-household-alone = وحدي
screener-a-household-couple = مع شريك
screener-q-children = كم طفلًا يعيش معك؟
screener-a-children = أطفال دون 18 سنة
screener-a-children-in-education = شباب من 18 إلى 25 سنة ما زالوا في المدرسة أو في التكوين
screener-q-housing = أين تنام؟
screener-a-housing-tenant = في مسكن أستأجره
screener-a-housing-owner = في مسكن أملكه
screener-a-housing-hosted = عند شخص يستضيفني
screener-a-housing-shelter = في مأوى أو دار إيواء
screener-a-housing-street = في الشارع، ليس لدي مسكن
screener-q-work = ماذا تفعل الآن؟
screener-a-work-employed = أعمل لدى صاحب عمل
screener-a-work-self-employed = أعمل لحسابي الخاص
screener-a-work-unemployed = ليس لدي عمل، أبحث عن عمل
screener-a-work-retired = أنا متقاعد
screener-a-work-student = أدرس
screener-a-work-apprentice = أنا متدرّب مهني
screener-a-work-unable-to-work = لا أستطيع العمل بسبب صحتي
screener-a-work-at-home = أعتني بالبيت أو بالعائلة
screener-q-money-enough = هل يكفي مالك كل شهر للإيجار والطعام والتأمين الصحي؟
screener-a-money-enough-yes = نعم، يكفي
screener-a-money-enough-tight = يكفي بالكاد
screener-a-money-enough-no = لا، لا يكفي
screener-q-residence = أي جواز سفر أو أي تصريح لديك؟
screener-a-residence-swiss = جواز سفر سويسري
screener-a-residence-c = تصريح C (إقامة دائمة)
screener-a-residence-b = تصريح B (إقامة)
screener-a-residence-f = تصريح F (قبول مؤقت)
screener-a-residence-n = تصريح N (طلب لجوء)
screener-a-residence-s = تصريح S (حماية)
screener-a-residence-l = تصريح L (إقامة قصيرة)
screener-a-residence-g = تصريح G (عامل حدودي)
screener-a-residence-none = بدون تصريح
screener-q-years-in-canton = منذ كم سنة تسكن في هذا الكانتون؟
screener-q-health-insurance = هل لديك تأمين صحي؟
screener-q-situations = هل هذا صحيح بالنسبة لك؟ المس الجمل الصحيحة.
screener-a-pregnant-or-newborn = ننتظر طفلًا، أو وُلد طفل منذ أقل من 6 أشهر.
screener-a-health-stops-work = صحتي تمنعني من العمل.
screener-a-violence = أتعرض للعنف، أو أخاف من شخص ما.
screener-a-debts = عليّ ديون لا أستطيع دفعها.
screener-a-child-support-unpaid = الوالد الآخر لا يدفع نفقة الأطفال.
screener-a-refugee = أنا لاجئ معترف به.
screener-q-receives = هل تحصل بالفعل على إحدى هذه المساعدات؟ المس التي تحصل عليها.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = التالي
screener-less = واحد أقل
screener-more = واحد أكثر
screener-erase = مسح
screener-no-number = لا يوجد رقم بعد
screener-chosen = { $what }: تم الاختيار
screener-none = من إجاباتك، لا تظهر مساعدة واضحة. اسأل في مكتب الاستقبال: يمكنهم النظر في ذلك معك.
screener-set-aside = المساعدات التي تحصل عليها بالفعل
## مضاف: ما يُحسب
help-insight = لتحسين هذه الشاشة، نَعُدّ كل يوم: اللغات والمواضيع والصفحات المستخدمة، وكم مرة يُستخدم «حجم الخط» و«التباين» و«استماع»، وعمليات البحث التي لم تجد نتيجة. نحتفظ فقط بالمجموع لليوم كله. لا شيء يُظهر من أنت.
