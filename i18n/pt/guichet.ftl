# Guichet — textos do ecrã em português (traduzidos do francês).
# Frases curtas, palavras simples. Cada mensagem existe em cada língua.

## Ecrã de boas-vindas
welcome-title = Olá!
welcome-touch-to-start = Toque no ecrã para começar
welcome-choose-language = Escolha a sua língua

## Barra de ferramentas (em cada ecrã)
toolbar-language = Língua
toolbar-text-size = Tamanho do texto
toolbar-contrast = Contraste
toolbar-start-over = Recomeçar
toolbar-help = Ajuda
toolbar-listen = Ouvir
help-ask-at-desk = Precisa de ajuda? Pergunte à pessoa da receção.
text-size-normal = Normal
text-size-large = Grande
text-size-largest = Muito grande
contrast-standard = Normal
contrast-dark = Contraste forte, fundo preto
contrast-light = Contraste forte, fundo branco

## Página inicial
home-title = Onde encontrar ajuda?
home-browse = Escolha um tema
home-search-placeholder = Escreva algumas palavras, por exemplo: renda
home-search-button = Procurar

## Resultados
results-title = Resultados
results-count = { $count ->
    [0] Nenhum resultado
    [one] { $count } resultado
   *[other] { $count } resultados
}
results-for = Resultados para «{ $query }»
results-none-title = Não encontrámos nada.
results-none-try-categories = Experimente um tema abaixo.
results-none-ask-desk = Ou pergunte à pessoa da receção.
results-in-category = Tema: { $category }
# Crisis: helplines shown first, numbers in big.
crisis-heading = Ligue agora. Alguém pode ajudar.
crisis-call = Ligue para o { $number }.

## Ficha de um serviço
detail-who = Quem pode receber?
detail-how = Como fazer?
detail-bring = O que levar?
detail-where = Onde ir?
detail-phone = Telefone
detail-email = E-mail
detail-website = Site
detail-fees = Preço
detail-hours = Horário de abertura
detail-open-now = Aberto agora
detail-closed-now = Fechado agora
detail-opens-at = Abre { $day } às { $time }
detail-closes-at = Fecha às { $time }
detail-qr = Leia este código com o seu telemóvel para guardar esta página.
detail-in-french = Este texto ainda não existe na sua língua. Está em francês.
detail-machine = Este texto foi traduzido por um computador. Pode ter erros.
detail-back = Voltar
detail-no-contact = Ligue ou escreva à instituição: veja o site dela.
detail-closed-holiday = Fechado hoje: feriado
detail-closed-exceptionally = Fechado hoje excecionalmente
detail-line-open-now = A linha atende agora
detail-line-closed-now = A linha não atende agora
detail-line-holiday = Hoje não atende: feriado
detail-line-until = Até às { $time }
detail-line-answers-at = Atende { $day } a partir das { $time }
detail-line-hours = Horário do telefone
detail-for-commune = Para { $commune }:
detail-more-conditions = Mais condições ({ $count })
glossary-means = Esta palavra quer dizer:
glossary-touch-hint = Toque numa palavra com ponto de interrogação para saber o que quer dizer.
glossary-card = Palavra explicada

## Dias
day-monday = segunda-feira
day-tuesday = terça-feira
day-wednesday = quarta-feira
day-thursday = quinta-feira
day-friday = sexta-feira
day-saturday = sábado
day-sunday = domingo
day-today = hoje
day-tomorrow = amanhã

## Inatividade
idle-title = Ainda está aí?
idle-body = Sem resposta, o ecrã recomeça dentro de { $seconds } segundos. O que procurou vai ser apagado.
idle-continue = Continuar

## Teclado
keyboard-space = Espaço
keyboard-backspace = Apagar uma letra
keyboard-clear = Apagar tudo
keyboard-more = Outras letras

## Voz
speech-unavailable = A voz não funciona neste momento.
speech-no-voice = Não há voz nesta língua. Ouvir em francês?
speech-stop = Parar
speech-repeat = Repetir
speech-slower = Mais devagar
speech-faster = Mais rápido
speech-louder = Mais alto
speech-quieter = Mais baixo
speech-mode-on = Modo de voz ligado

## Pessoal
staff-pin = Código do pessoal
staff-wrong-pin = Código errado.
staff-content-problems = { $count ->
    [0] Nenhum problema no catálogo
    [one] { $count } problema no catálogo
   *[other] { $count } problemas no catálogo
}
staff-exit = Sair do quiosque

## Acréscimos: interface do quiosque
language-name = Português
close = Fechar
keyboard-hide = Esconder o teclado
detail-not-found = Esta página já não existe. Toque em «Voltar».
help-how = Toque num tema ou escreva uma palavra. Depois toque num resultado para ler tudo.
staff-back = Voltar ao quiosque
staff-enter = OK

## Acréscimos: leitura em voz alta
speech-days = de { $first } a { $last }
speech-slot = das { $opens } às { $closes }
speech-and = e
speech-step = Passo { $number }:
speech-pause = Pausa
speech-resume = Continuar
speech-listen-french = Ouvir em francês
speech-mode = Modo de voz
speech-mode-off = Modo de voz desligado
speech-speaking = A ler em voz alta

# Printing a service
print-button = Imprimir esta página
print-sending = A imprimir… Aguarde um momento.
print-done = A sua folha está impressa. Retire-a da impressora.
print-failed = A impressora não está a funcionar — pergunte à pessoa da receção.
print-date = Impresso em { $date }
print-for-desk = Para a receção

## Acrescentado: o que é contado
help-insight = Para melhorar este ecrã, contamos todos os dias: as línguas, os temas e as páginas usados, quantas vezes se usa «Tamanho do texto», «Contraste» e «Ouvir», e as pesquisas sem resultado. Guardamos só os totais do dia inteiro. Nada mostra quem é.
