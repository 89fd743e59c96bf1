# Guichet — textos de la pantalla en español (traducidos del francés).
# Frases cortas, palabras sencillas. Cada mensaje existe en cada idioma.

## Pantalla de bienvenida
welcome-title = ¡Hola!
welcome-touch-to-start = Toque la pantalla para empezar
welcome-choose-language = Elija su idioma

## Barra de herramientas (en cada pantalla)
toolbar-language = Idioma
toolbar-text-size = Tamaño del texto
toolbar-contrast = Contraste
toolbar-start-over = Empezar de nuevo
toolbar-help = Ayuda
toolbar-listen = Escuchar
help-ask-at-desk = ¿Necesita ayuda? Pregunte a la persona de la recepción.
text-size-normal = Normal
text-size-large = Grande
text-size-largest = Muy grande
contrast-standard = Normal
contrast-dark = Contraste alto, fondo negro
contrast-light = Contraste alto, fondo blanco

## Página de inicio
home-title = ¿Dónde encontrar ayuda?
home-browse = Elija un tema
home-search-placeholder = Escriba algunas palabras, por ejemplo: alquiler
home-search-button = Buscar

## Resultados
results-title = Resultados
results-count = { $count ->
    [0] Ningún resultado
    [one] 1 resultado
   *[other] { $count } resultados
}
results-for = Resultados para «{ $query }»
results-none-title = No hemos encontrado nada.
results-none-try-categories = Pruebe un tema de abajo.
results-none-ask-desk = O pregunte a la persona de la recepción.
results-in-category = Tema: { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = Llame ahora. Alguien puede ayudarle.
crisis-call = Llame al { $number }.

## Ficha de un servicio
detail-who = ¿Quién puede recibirlo?
detail-how = ¿Qué hay que hacer?
detail-bring = ¿Qué llevar?
detail-where = ¿Adónde ir?
detail-phone = Teléfono
detail-email = Correo electrónico
detail-website = Página web
detail-fees = Precio
detail-hours = Horario
detail-open-now = Abierto ahora
detail-closed-now = Cerrado ahora
detail-opens-at = Abre { $day } a las { $time }
detail-closes-at = Cierra a las { $time }
detail-qr = Escanee con su teléfono para guardar esta página.
detail-in-french = Este texto todavía no existe en su idioma. Está en francés.
detail-machine = Este texto lo ha traducido un ordenador. Puede tener errores.
detail-back = Volver
detail-no-contact = Llame o escriba a la institución: vea su página web.
detail-closed-holiday = Cerrado hoy: día festivo
detail-closed-exceptionally = Cerrado hoy de forma excepcional
detail-line-open-now = La línea atiende ahora
detail-line-closed-now = La línea no atiende ahora
detail-line-holiday = Hoy no atiende: día festivo
detail-line-until = Hasta las { $time }
detail-line-answers-at = Atiende { $day } desde las { $time }
detail-line-hours = Horario del teléfono
detail-for-commune = Para { $commune }:
detail-more-conditions = Más condiciones ({ $count })
glossary-means = Esta palabra quiere decir:
glossary-touch-hint = Toque una palabra con signo de interrogación para saber qué quiere decir.
glossary-card = Palabra explicada

## Días
day-monday = lunes
day-tuesday = martes
day-wednesday = miércoles
day-thursday = jueves
day-friday = viernes
day-saturday = sábado
day-sunday = domingo
day-today = hoy
day-tomorrow = mañana

## Inactividad
idle-title = ¿Sigue ahí?
idle-body = Si no responde, la pantalla vuelve al inicio en { $seconds } segundos. Lo que ha buscado se borrará.
idle-continue = Continuar

## Teclado
keyboard-space = Espacio
keyboard-backspace = Borrar una letra
keyboard-clear = Borrar todo
keyboard-more = Otras letras

## Voz
speech-unavailable = La voz no funciona en este momento.
speech-no-voice = No hay voz en este idioma. ¿Escuchar en francés?
speech-stop = Parar
speech-repeat = Repetir
speech-slower = Más lento
speech-faster = Más rápido
speech-louder = Más alto
speech-quieter = Más bajo
speech-mode-on = Modo de voz activado

## Personal
staff-pin = Código del personal
staff-wrong-pin = Código incorrecto.
staff-content-problems = { $count ->
    [one] 1 problema en el catálogo
   *[other] { $count } problemas en el catálogo
}
staff-exit = Salir del quiosco

## Añadidos: interfaz del quiosco
language-name = Español
close = Cerrar
keyboard-hide = Ocultar el teclado
detail-not-found = Esta página ya no existe. Toque «Volver».
help-how = Toque un tema o escriba una palabra. Después toque un resultado para leerlo todo.
staff-back = Volver al quiosco
staff-enter = Aceptar

## Añadidos: lectura en voz alta
speech-days = de { $first } a { $last }
speech-slot = de { $opens } a { $closes }
speech-and = y
speech-step = Paso { $number }:
speech-pause = Pausa
speech-resume = Continuar
speech-listen-french = Escuchar en francés
speech-mode = Modo de voz
speech-mode-off = Modo de voz desactivado
speech-speaking = Leyendo en voz alta

# Printing a service
print-button = Imprimir esta página
print-sending = Imprimiendo… Espere un momento.
print-done = Su hoja está impresa. Recójala en la impresora.
print-failed = La impresora no funciona — pregunte a la persona de la recepción.
print-date = Impreso el { $date }
print-for-desk = Para la recepción

## Cuestionario «¿Qué ayuda es para mí?»
screener-title = ¿Qué ayuda es para mí?
screener-notice = Es solo una primera orientación. Decide el servicio. Sus respuestas se borran cuando se va.
screener-progress = Pregunta { $number } de { $count }
screener-dont-know = No lo sé
screener-rather-not-say = Prefiero no responder
screener-yes = Sí
screener-no = No
screener-likely = Probablemente para usted
screener-maybe = Quizás: pregunte en la recepción
screener-unlikely = Probablemente no
screener-show-unlikely = Ver las ayudas que probablemente no son para usted
screener-ask-at-desk = También cuentan otras condiciones. El servicio se las dirá.
screener-q-canton = ¿Dónde vive?
screener-a-canton-ge = En el cantón de Ginebra
screener-a-canton-vd = En el cantón de Vaud
screener-q-age = ¿Cuántos años tiene?
screener-q-household = ¿Vive solo o en pareja?
screener-a-household-alone = Solo o sola
screener-a-household-couple = En pareja
screener-q-children = ¿Cuántos hijos viven con usted?
screener-a-children = Hijos menores de 18 años
screener-a-children-in-education = Jóvenes de 18 a 25 años que aún estudian o se forman
screener-q-housing = ¿Dónde duerme?
screener-a-housing-tenant = En una vivienda que alquilo
screener-a-housing-owner = En una vivienda que es mía
screener-a-housing-hosted = En casa de alguien que me acoge
screener-a-housing-shelter = En un hogar o un albergue
screener-a-housing-street = En la calle, no tengo vivienda
screener-q-work = ¿Qué hace en este momento?
screener-a-work-employed = Trabajo para un empleador
screener-a-work-self-employed = Trabajo por cuenta propia
screener-a-work-unemployed = No tengo trabajo, busco trabajo
screener-a-work-retired = Estoy jubilado
screener-a-work-student = Estudio
screener-a-work-apprentice = Soy aprendiz
screener-a-work-unable-to-work = No puedo trabajar por mi salud
screener-a-work-at-home = Me ocupo de la casa o de la familia
screener-q-money-enough = Cada mes, ¿su dinero alcanza para el alquiler, la comida y el seguro de salud?
screener-a-money-enough-yes = Sí, alcanza
screener-a-money-enough-tight = Alcanza justo
screener-a-money-enough-no = No, no alcanza
screener-q-residence = ¿Qué pasaporte o qué permiso tiene?
screener-a-residence-swiss = Pasaporte suizo
screener-a-residence-c = Permiso C (establecimiento)
screener-a-residence-b = Permiso B (residencia)
screener-a-residence-f = Permiso F (admisión provisional)
screener-a-residence-n = Permiso N (solicitud de asilo)
screener-a-residence-s = Permiso S (protección)
screener-a-residence-l = Permiso L (corta duración)
screener-a-residence-g = Permiso G (trabajador fronterizo)
screener-a-residence-none = Sin permiso
screener-q-years-in-canton = ¿Desde hace cuántos años vive en este cantón?
screener-q-health-insurance = ¿Tiene seguro de salud?
screener-q-situations = ¿Es verdad para usted? Toque las frases que son verdad.
screener-a-pregnant-or-newborn = Esperamos un bebé, o nació un bebé hace menos de 6 meses.
screener-a-health-stops-work = Mi salud me impide trabajar.
screener-a-violence = Sufro violencia, o tengo miedo de alguien.
screener-a-debts = Tengo deudas que no puedo pagar.
screener-a-child-support-unpaid = El otro padre o madre no paga la pensión de los hijos.
screener-a-refugee = Soy refugiado reconocido.
screener-q-receives = ¿Ya recibe alguna de estas ayudas? Toque las que recibe.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = Siguiente
screener-less = Uno menos
screener-more = Uno más
screener-erase = Borrar
screener-no-number = Todavía no hay número
screener-chosen = { $what }: elegido
screener-none = Según sus respuestas, ninguna ayuda destaca. Pregunte en la recepción: pueden mirarlo con usted.
screener-set-aside = Ayudas que ya recibe
## Añadido: lo que se cuenta
help-insight = Para mejorar esta pantalla, contamos cada día: los idiomas, los temas y las páginas usados, cuántas veces se usa «Tamaño del texto», «Contraste» y «Escuchar», y las búsquedas sin resultado. Solo guardamos los totales de todo el día. Nada muestra quién es usted.
