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

## Añadido: lo que se cuenta
help-insight = Para mejorar esta pantalla, contamos cada día: los idiomas, los temas y las páginas usados, cuántas veces se usa «Tamaño del texto», «Contraste» y «Escuchar», y las búsquedas sin resultado. Solo guardamos los totales de todo el día. Nada muestra quién es usted.
