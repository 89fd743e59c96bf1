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

## Questionário «Que ajuda é para mim?»
screener-title = Que ajuda é para mim?
screener-notice = É só uma primeira orientação. Quem decide é o serviço. As suas respostas são apagadas quando sair.
screener-progress = Pergunta { $number } de { $count }
screener-dont-know = Não sei
screener-rather-not-say = Prefiro não responder
screener-yes = Sim
screener-no = Não
screener-likely = Provavelmente para si
screener-maybe = Talvez: pergunte no balcão
screener-unlikely = Provavelmente não
screener-show-unlikely = Ver as ajudas que provavelmente não são para si
screener-ask-at-desk = Outras condições também contam. O serviço vai dizer-lhe.
screener-q-canton = Onde mora?
screener-a-canton-ge = No cantão de Genebra
screener-a-canton-vd = No cantão de Vaud
screener-q-age = Que idade tem?
screener-q-household = Vive sozinho ou em casal?
screener-a-household-alone = Sozinho ou sozinha
screener-a-household-couple = Em casal
screener-q-children = Quantos filhos vivem consigo?
screener-a-children = Filhos com menos de 18 anos
screener-a-children-in-education = Jovens de 18 a 25 anos ainda na escola ou em formação
screener-q-housing = Onde dorme?
screener-a-housing-tenant = Numa casa que arrendo
screener-a-housing-owner = Numa casa que é minha
screener-a-housing-hosted = Em casa de alguém que me acolhe
screener-a-housing-shelter = Num lar ou num abrigo
screener-a-housing-street = Na rua, não tenho casa
screener-q-work = O que faz neste momento?
screener-a-work-employed = Trabalho para um patrão
screener-a-work-self-employed = Trabalho por conta própria
screener-a-work-unemployed = Não tenho trabalho, procuro trabalho
screener-a-work-retired = Estou reformado
screener-a-work-student = Estudo
screener-a-work-apprentice = Sou aprendiz
screener-a-work-unable-to-work = Não posso trabalhar por causa da minha saúde
screener-a-work-at-home = Cuido da casa ou da família
screener-q-money-enough = Todos os meses, o seu dinheiro chega para a renda, a comida e o seguro de saúde?
screener-a-money-enough-yes = Sim, chega
screener-a-money-enough-tight = Chega à justa
screener-a-money-enough-no = Não, não chega
screener-q-residence = Que passaporte ou que autorização tem?
screener-a-residence-swiss = Passaporte suíço
screener-a-residence-c = Autorização C (estabelecimento)
screener-a-residence-b = Autorização B (residência)
screener-a-residence-f = Autorização F (admissão provisória)
screener-a-residence-n = Autorização N (pedido de asilo)
screener-a-residence-s = Autorização S (proteção)
screener-a-residence-l = Autorização L (curta duração)
screener-a-residence-g = Autorização G (trabalhador fronteiriço)
screener-a-residence-none = Sem autorização
screener-q-years-in-canton = Há quantos anos mora neste cantão?
screener-q-health-insurance = Tem seguro de saúde?
screener-q-situations = Isto é verdade para si? Toque nas frases que são verdadeiras.
screener-a-pregnant-or-newborn = Esperamos um bebé, ou nasceu um bebé há menos de 6 meses.
screener-a-health-stops-work = A minha saúde impede-me de trabalhar.
screener-a-violence = Sofro violência, ou tenho medo de alguém.
screener-a-debts = Tenho dívidas que não consigo pagar.
screener-a-child-support-unpaid = O outro pai ou mãe não paga a pensão dos filhos.
screener-a-refugee = Sou reconhecido como refugiado.
screener-q-receives = Já recebe alguma destas ajudas? Toque nas que recebe.
# The questionnaire's screens (ui/screen/quiz.rs)
screener-next = Seguinte
screener-less = Menos um
screener-more = Mais um
screener-erase = Apagar
screener-no-number = Ainda sem número
screener-chosen = { $what }: escolhido
screener-none = Pelas suas respostas, nenhuma ajuda se destaca. Pergunte no balcão: podem ver consigo.
screener-set-aside = Ajudas que já recebe
## Acrescentado: o que é contado
help-insight = Para melhorar este ecrã, contamos todos os dias: as línguas, os temas e as páginas usados, quantas vezes se usa «Tamanho do texto», «Contraste» e «Ouvir», e as pesquisas sem resultado. Guardamos só os totais do dia inteiro. Nada mostra quem é.
