"""Every sentence the offline engine writes itself, in the languages it answers in.

Help-center passages are quoted as the brand wrote them (English in the demo store); everything the
engine composes around them (greetings, order status, what to do next, "I can't help with that") is
a template here, so a Spanish question gets a Spanish answer and a clear note when the article it
quotes is in English. A missing translation falls back to English rather than failing.
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("en", "es", "fr", "de", "pt", "it")

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}

PHRASES: dict[str, dict[str, str]] = {
    "greeting_named": {
        "en": "Hi {name},", "es": "Hola, {name}:", "fr": "Bonjour {name},", "de": "Hallo {name},",
        "pt": "Olá, {name}!", "it": "Ciao {name},",
    },
    "greeting": {
        "en": "Hi there,", "es": "¡Hola!", "fr": "Bonjour,", "de": "Hallo,", "pt": "Olá!", "it": "Ciao,",
    },
    "anything_else": {
        "en": "Is there anything else I can help you with?",
        "es": "¿Hay algo más en lo que pueda ayudarte?",
        "fr": "Puis-je vous aider pour autre chose ?",
        "de": "Kann ich Ihnen sonst noch helfen?",
        "pt": "Posso ajudar em mais alguma coisa?",
        "it": "Posso aiutarti in qualcos'altro?",
    },
    "order_details_in_english": {  # an order action's details come from the order system, in English
        "en": "",
        "es": "Los detalles del pedido te los doy en inglés, tal como los da nuestro sistema:",
        "fr": "Voici les détails de la commande en anglais, tels que notre système les donne :",
        "de": "Die Bestelldetails kommen auf Englisch, so wie unser System sie liefert:",
        "pt": "Os detalhes da encomenda vêm em inglês, tal como o nosso sistema os dá:",
        "it": "I dettagli dell'ordine sono in inglese, come li fornisce il nostro sistema:",
    },
    "confirm_or_not": {
        "en": "Reply yes to confirm, or no to leave the order as it is.",
        "es": "Responde «sí» para confirmar, o «no» para dejar el pedido como está.",
        "fr": "Répondez « oui » pour confirmer, ou « non » pour laisser la commande telle quelle.",
        "de": "Antworten Sie mit „ja“, um zu bestätigen, oder mit „nein“, um die Bestellung so zu lassen.",
        "pt": "Responda «sim» para confirmar, ou «não» para deixar a encomenda como está.",
        "it": "Rispondi «sì» per confermare, o «no» per lasciare l'ordine così com'è.",
    },
    "action_declined": {
        "en": "No problem — I haven't changed anything on order {order}. Is there anything else I can help you with?",
        "es": "Sin problema: no he cambiado nada en el pedido {order}. ¿Hay algo más en lo que pueda ayudarte?",
        "fr": "Pas de souci : je n'ai rien modifié sur la commande {order}. Puis-je vous aider pour autre chose ?",
        "de": "Kein Problem – ich habe an der Bestellung {order} nichts geändert. Kann ich Ihnen sonst noch helfen?",
        "pt": "Sem problema: não alterei nada na encomenda {order}. Posso ajudar em mais alguma coisa?",
        "it": "Nessun problema: non ho modificato nulla sull'ordine {order}. Posso aiutarti in qualcos'altro?",
    },
    "action_refused_after_all": {  # {why} is the order system's own sentence, in English
        "en": "I couldn't complete that after all: the order system says {why} Nothing was changed on order {order}.",
        "es": "Al final no he podido hacerlo; el sistema de pedidos dice (en inglés): {why} No se ha cambiado nada en "
              "el pedido {order}.",
        "fr": "Je n'ai finalement pas pu le faire ; le système de commandes indique (en anglais) : {why} Rien n'a été "
              "modifié sur la commande {order}.",
        "de": "Das konnte ich leider doch nicht erledigen; das Bestellsystem meldet (auf Englisch): {why} An der "
              "Bestellung {order} wurde nichts geändert.",
        "pt": "Afinal não consegui fazê-lo; o sistema de encomendas diz (em inglês): {why} Nada foi alterado na "
              "encomenda {order}.",
        "it": "Alla fine non sono riuscito a farlo; il sistema ordini dice (in inglese): {why} Non è stato modificato "
              "nulla sull'ordine {order}.",
    },
    "action_invalid": {
        "en": "The order system didn't accept that change, so nothing was changed on order {order}. Could you check "
              "the details (for an address: street, city, state, ZIP code) and tell me again?",
        "es": "El sistema de pedidos no ha aceptado ese cambio, así que no se ha cambiado nada en el pedido {order}. "
              "¿Puedes revisar los datos (para una dirección: calle, ciudad, estado, código postal) y decírmelos otra vez?",
        "fr": "Le système de commandes n'a pas accepté cette modification : rien n'a été changé sur la commande "
              "{order}. Pouvez-vous vérifier les informations (pour une adresse : rue, ville, État, code postal) et me "
              "les redonner ?",
        "de": "Das Bestellsystem hat diese Änderung nicht angenommen, an der Bestellung {order} wurde also nichts "
              "geändert. Können Sie die Angaben prüfen (bei einer Adresse: Straße, Ort, Bundesstaat, Postleitzahl) und "
              "sie mir noch einmal schicken?",
        "pt": "O sistema de encomendas não aceitou essa alteração, por isso nada foi alterado na encomenda {order}. "
              "Pode verificar os dados (para uma morada: rua, cidade, estado, código postal) e dizer-mos outra vez?",
        "it": "Il sistema ordini non ha accettato questa modifica, quindi non è stato cambiato nulla sull'ordine "
              "{order}. Puoi controllare i dati (per un indirizzo: via, città, stato, CAP) e ridirmeli?",
    },
    "action_not_yours": {
        "en": "I can't make that change from this conversation. Nothing was changed on order {order}.",
        "es": "No puedo hacer ese cambio desde esta conversación. No se ha cambiado nada en el pedido {order}.",
        "fr": "Je ne peux pas faire cette modification depuis cette conversation. Rien n'a été changé sur la commande "
              "{order}.",
        "de": "Diese Änderung kann ich in diesem Gespräch nicht vornehmen. An der Bestellung {order} wurde nichts "
              "geändert.",
        "pt": "Não posso fazer essa alteração a partir desta conversa. Nada foi alterado na encomenda {order}.",
        "it": "Non posso fare questa modifica da questa conversazione. Non è stato modificato nulla sull'ordine {order}.",
    },
    "article_in_english": {
        "en": "",
        "es": "Nuestro artículo de ayuda está en inglés; esto es lo que dice:",
        "fr": "Notre article d'aide est en anglais ; voici ce qu'il indique :",
        "de": "Unser Hilfeartikel ist auf Englisch; dort steht:",
        "pt": "O nosso artigo de ajuda está em inglês; eis o que diz:",
        "it": "Il nostro articolo di aiuto è in inglese; ecco cosa dice:",
    },
    "source": {
        "en": "More in our help center: “{title}” — {url}",
        "es": "Más información en nuestro centro de ayuda: “{title}” — {url}",
        "fr": "Plus d'informations dans notre centre d'aide : « {title} » — {url}",
        "de": "Mehr dazu in unserem Hilfe-Center: „{title}“ — {url}",
        "pt": "Mais informações na nossa central de ajuda: “{title}” — {url}",
        "it": "Maggiori informazioni nel nostro centro assistenza: “{title}” — {url}",
    },
    "source_no_url": {
        "en": "(Source: our help article “{title}”.)",
        "es": "(Fuente: nuestro artículo de ayuda “{title}”.)",
        "fr": "(Source : notre article d'aide « {title} ».)",
        "de": "(Quelle: unser Hilfeartikel „{title}“.)",
        "pt": "(Fonte: o nosso artigo de ajuda “{title}”.)",
        "it": "(Fonte: il nostro articolo di aiuto “{title}”.)",
    },
    # --- order status ---------------------------------------------------------------------------
    "order_preparing": {
        "en": "Your order {order}, placed on {placed}, hasn't shipped yet: it is being prepared in our warehouse. "
              "As soon as it leaves us you'll get an email with the tracking link.",
        "es": "Tu pedido {order}, realizado el {placed}, todavía no ha salido: lo estamos preparando en nuestro almacén. "
              "En cuanto se envíe recibirás un correo con el enlace de seguimiento.",
        "fr": "Votre commande {order}, passée le {placed}, n'est pas encore expédiée : elle est en préparation dans notre entrepôt. "
              "Dès son départ, vous recevrez un e-mail avec le lien de suivi.",
        "de": "Ihre Bestellung {order} vom {placed} ist noch nicht versandt: Sie wird gerade in unserem Lager vorbereitet. "
              "Sobald sie unterwegs ist, erhalten Sie eine E-Mail mit dem Sendungslink.",
        "pt": "A sua encomenda {order}, feita em {placed}, ainda não foi enviada: está a ser preparada no nosso armazém. "
              "Assim que sair, receberá um e-mail com o link de seguimento.",
        "it": "Il tuo ordine {order}, effettuato il {placed}, non è ancora stato spedito: lo stiamo preparando nel nostro magazzino. "
              "Appena parte riceverai un'email con il link di tracciamento.",
    },
    "order_on_its_way": {
        "en": "Your order {order} is on its way with {carrier}.",
        "es": "Tu pedido {order} está en camino con {carrier}.",
        "fr": "Votre commande {order} est en route avec {carrier}.",
        "de": "Ihre Bestellung {order} ist mit {carrier} unterwegs.",
        "pt": "A sua encomenda {order} está a caminho com a {carrier}.",
        "it": "Il tuo ordine {order} è in viaggio con {carrier}.",
    },
    "order_out_for_delivery": {
        "en": "Good news: your order {order} is out for delivery with {carrier} today.",
        "es": "¡Buenas noticias! Tu pedido {order} está hoy en reparto con {carrier}.",
        "fr": "Bonne nouvelle : votre commande {order} est en cours de livraison aujourd'hui avec {carrier}.",
        "de": "Gute Nachricht: Ihre Bestellung {order} wird heute von {carrier} zugestellt.",
        "pt": "Boas notícias: a sua encomenda {order} está hoje em distribuição com a {carrier}.",
        "it": "Buone notizie: il tuo ordine {order} è oggi in consegna con {carrier}.",
    },
    "order_label_created": {
        "en": "Your order {order} has been packed and handed to {carrier}, but they haven't scanned the parcel yet; "
              "tracking usually starts within a business day.",
        "es": "Tu pedido {order} ya está empaquetado y entregado a {carrier}, pero aún no han escaneado el paquete; "
              "el seguimiento suele empezar en un día laborable.",
        "fr": "Votre commande {order} est emballée et remise à {carrier}, mais le colis n'a pas encore été scanné ; "
              "le suivi démarre généralement sous un jour ouvré.",
        "de": "Ihre Bestellung {order} ist verpackt und an {carrier} übergeben, wurde aber noch nicht gescannt; "
              "die Sendungsverfolgung beginnt meist innerhalb eines Werktags.",
        "pt": "A sua encomenda {order} já foi embalada e entregue à {carrier}, mas ainda não foi digitalizada; "
              "o seguimento costuma começar num dia útil.",
        "it": "Il tuo ordine {order} è stato imballato e affidato a {carrier}, ma il pacco non è ancora stato scansionato; "
              "di solito il tracciamento parte entro un giorno lavorativo.",
    },
    "order_late": {
        "en": "I'm sorry: your order {order} is running late. It was due on {promised} and hasn't been delivered yet.",
        "es": "Lo siento: tu pedido {order} lleva retraso. Debía llegar el {promised} y todavía no se ha entregado.",
        "fr": "Je suis désolé : votre commande {order} est en retard. Elle était prévue le {promised} et n'a pas encore été livrée.",
        "de": "Das tut mir leid: Ihre Bestellung {order} ist verspätet. Sie sollte am {promised} ankommen und ist noch nicht zugestellt.",
        "pt": "Lamento: a sua encomenda {order} está atrasada. Devia ter chegado a {promised} e ainda não foi entregue.",
        "it": "Mi dispiace: il tuo ordine {order} è in ritardo. Doveva arrivare il {promised} e non è ancora stato consegnato.",
    },
    "last_scan": {
        "en": "The last scan from {carrier} was “{event}” in {location} on {when}.",
        "es": "El último escaneo de {carrier} fue «{event}» en {location} el {when}.",
        "fr": "Le dernier scan de {carrier} : « {event} » à {location} le {when}.",
        "de": "Der letzte Scan von {carrier}: „{event}“ in {location} am {when}.",
        "pt": "A última leitura da {carrier} foi “{event}” em {location} a {when}.",
        "it": "L'ultima scansione di {carrier} è stata “{event}” a {location} il {when}.",
    },
    "expected_by": {
        "en": "It should arrive by {promised}.",
        "es": "Debería llegar como tarde el {promised}.",
        "fr": "Elle devrait arriver au plus tard le {promised}.",
        "de": "Sie sollte bis spätestens {promised} ankommen.",
        "pt": "Deverá chegar até {promised}.",
        "it": "Dovrebbe arrivare entro il {promised}.",
    },
    "orders_listed": {
        "en": "Your {count} most recent orders: {orders}. Tell me which one you'd like to go into and I'll give you its "
              "sizes, prices and where it is.",
        "es": "Tus {count} pedidos más recientes: {orders}. Dime cuál quieres ver y te doy sus tallas, precios y dónde "
              "está.",
        "fr": "Vos {count} commandes les plus récentes : {orders}. Dites-moi laquelle vous voulez voir et je vous donne "
              "ses tailles, ses prix et où elle en est.",
        "de": "Ihre {count} neuesten Bestellungen: {orders}. Sagen Sie mir, welche Sie genauer sehen möchten, dann nenne "
              "ich Ihnen Größen, Preise und wo sie gerade ist.",
        "pt": "As suas {count} encomendas mais recentes: {orders}. Diga-me qual quer ver e dou-lhe os tamanhos, os preços "
              "e onde está.",
        "it": "I tuoi {count} ordini più recenti: {orders}. Dimmi quale vuoi vedere e ti do taglie, prezzi e dove si "
              "trova.",
    },
    "orders_paid_listed": {
        "en": "What your {count} most recent orders came to: {orders}. Together that is {total}.",
        "es": "Lo que costaron tus {count} pedidos más recientes: {orders}. En total, {total}.",
        "fr": "Le montant de vos {count} commandes les plus récentes : {orders}. Au total, {total}.",
        "de": "Was Ihre {count} neuesten Bestellungen gekostet haben: {orders}. Zusammen sind das {total}.",
        "pt": "O valor das suas {count} encomendas mais recentes: {orders}. No total, {total}.",
        "it": "L'importo dei tuoi {count} ordini più recenti: {orders}. In tutto, {total}.",
    },
    "refunded_not_counted": {
        "en": "Cancelled and returned orders are refunded, so they are not counted.",
        "es": "Los pedidos cancelados y devueltos se reembolsan, así que no se cuentan.",
        "fr": "Les commandes annulées et retournées sont remboursées, elles ne sont donc pas comptées.",
        "de": "Stornierte und zurückgesandte Bestellungen werden erstattet und zählen daher nicht mit.",
        "pt": "As encomendas canceladas e devolvidas são reembolsadas, por isso não contam.",
        "it": "Gli ordini annullati e resi vengono rimborsati, quindi non sono contati.",
    },
    "order_contents": {
        "en": "Order {order}, placed on {placed}, has: {lines}. It came to {total}.",
        "es": "El pedido {order}, hecho el {placed}, contiene: {lines}. Sumó {total}.",
        "fr": "La commande {order}, passée le {placed}, contient : {lines}. Elle s'élevait à {total}.",
        "de": "Die Bestellung {order} vom {placed} enthält: {lines}. Sie betrug {total}.",
        "pt": "A encomenda {order}, feita em {placed}, tem: {lines}. Ficou em {total}.",
        "it": "L'ordine {order}, effettuato il {placed}, contiene: {lines}. È stato di {total}.",
    },
    "order_paid": {
        "en": "Order {order} came to {total}, paid with your {methods}.",
        "es": "El pedido {order} sumó {total}, pagado con tu {methods}.",
        "fr": "La commande {order} s'élevait à {total}, réglée avec votre {methods}.",
        "de": "Die Bestellung {order} betrug {total}, bezahlt mit Ihrer Zahlungsart {methods}.",
        "pt": "A encomenda {order} ficou em {total}, paga com o seu {methods}.",
        "it": "L'ordine {order} è stato di {total}, pagato con {methods}.",
    },
    "track_here": {
        "en": "The tracking number is {number}; you can follow it here: {url}",
        "es": "El número de seguimiento es {number}; puedes seguirlo aquí: {url}",
        "fr": "Le numéro de suivi est {number} ; vous pouvez la suivre ici : {url}",
        "de": "Die Sendungsnummer lautet {number}; hier können Sie sie verfolgen: {url}",
        "pt": "O número de seguimento é {number}; pode acompanhá-la aqui: {url}",
        "it": "Il numero di tracciamento è {number}; puoi seguirlo qui: {url}",
    },
    "tracking_number": {
        "en": "The tracking number is {number}.",
        "es": "El número de seguimiento es {number}.",
        "fr": "Le numéro de suivi est {number}.",
        "de": "Die Sendungsnummer lautet {number}.",
        "pt": "O número de seguimento é {number}.",
        "it": "Il numero di tracciamento è {number}.",
    },
    "late_next_step": {
        "en": "If it still hasn't arrived in a few days, reply here: we'll trace it with the carrier and, if it's lost, "
              "send a replacement or a refund.",
        "es": "Si en unos días sigue sin llegar, respóndenos aquí: lo rastrearemos con el transportista y, si se ha "
              "perdido, te enviaremos un reemplazo o te haremos el reembolso.",
        "fr": "S'il n'est toujours pas arrivé dans quelques jours, répondez ici : nous lancerons une enquête auprès du "
              "transporteur et, s'il est perdu, nous enverrons un remplacement ou un remboursement.",
        "de": "Ist es in ein paar Tagen immer noch nicht da, antworten Sie hier: Wir lassen es beim Versanddienst "
              "nachforschen und schicken bei Verlust Ersatz oder erstatten den Betrag.",
        "pt": "Se daqui a alguns dias ainda não tiver chegado, responda aqui: vamos localizá-la junto da transportadora e, "
              "se se tiver perdido, enviamos uma substituição ou fazemos o reembolso.",
        "it": "Se tra qualche giorno non è ancora arrivato, rispondi qui: lo faremo rintracciare dal corriere e, se è "
              "andato perso, ti invieremo una sostituzione o un rimborso.",
    },
    "order_delivered": {
        "en": "Your order {order} was delivered by {carrier} on {when}.",
        "es": "Tu pedido {order} fue entregado por {carrier} el {when}.",
        "fr": "Votre commande {order} a été livrée par {carrier} le {when}.",
        "de": "Ihre Bestellung {order} wurde am {when} von {carrier} zugestellt.",
        "pt": "A sua encomenda {order} foi entregue pela {carrier} a {when}.",
        "it": "Il tuo ordine {order} è stato consegnato da {carrier} il {when}.",
    },
    "nothing_unshipped": {
        "en": "I don't see an order of yours that hasn't shipped yet.",
        "es": "No veo ningún pedido tuyo que aún no se haya enviado.",
        "fr": "Je ne vois aucune commande de votre part qui n'ait pas encore été expédiée.",
        "de": "Ich sehe keine Bestellung von Ihnen, die noch nicht versandt wurde.",
        "pt": "Não vejo nenhuma encomenda sua que ainda não tenha sido enviada.",
        "it": "Non vedo ordini a tuo nome non ancora spediti.",
    },
    "document_by_person": {
        "en": "I can't send a receipt or an invoice from here, but a person on our team can: just say so and I'll pass "
              "it on.",
        "es": "Desde aquí no puedo enviar un recibo ni una factura, pero una persona del equipo sí: dímelo y se lo paso.",
        "fr": "Je ne peux pas envoyer de reçu ni de facture d'ici, mais une personne de l'équipe le peut : dites-le-moi "
              "et je transmets.",
        "de": "Eine Quittung oder Rechnung kann ich von hier aus nicht senden, aber eine Person aus unserem Team kann "
              "das: Sagen Sie es mir einfach, dann gebe ich es weiter.",
        "pt": "Daqui não consigo enviar um recibo nem uma fatura, mas uma pessoa da equipa consegue: diga-me e eu passo.",
        "it": "Da qui non posso inviare una ricevuta o una fattura, ma una persona del team sì: dimmelo e la passo.",
    },
    "what_is_the_question": {
        "en": "What would you like to know about it?",
        "es": "¿Qué te gustaría saber sobre él?",
        "fr": "Que souhaitez-vous savoir à son sujet ?",
        "de": "Was möchten Sie darüber wissen?",
        "pt": "O que gostaria de saber sobre ela?",
        "it": "Cosa vorresti sapere in merito?",
    },
    "what_is_the_problem": {
        "en": "What's the problem with it? Tell me what happened and I'll sort it out or pass it to the right person.",
        "es": "¿Cuál es el problema? Cuéntame qué ha pasado y lo resuelvo o se lo paso a la persona adecuada.",
        "fr": "Quel est le problème ? Dites-moi ce qui s'est passé et je m'en occupe ou je transmets à la bonne "
              "personne.",
        "de": "Was ist das Problem damit? Erzählen Sie mir, was passiert ist, dann kümmere ich mich darum oder gebe es "
              "an die richtige Person weiter.",
        "pt": "Qual é o problema? Diga-me o que aconteceu e eu resolvo ou passo à pessoa certa.",
        "it": "Qual è il problema? Dimmi cosa è successo e lo risolvo o lo passo alla persona giusta.",
    },
    "none_placed_then": {
        "en": "I don't see an order of yours placed then.",
        "es": "No veo ningún pedido tuyo hecho en esa fecha.",
        "fr": "Je ne vois aucune commande de votre part passée à cette date.",
        "de": "Ich sehe keine Bestellung von Ihnen, die zu diesem Zeitpunkt aufgegeben wurde.",
        "pt": "Não vejo nenhuma encomenda sua feita nessa data.",
        "it": "Non vedo ordini a tuo nome fatti in quella data.",
    },
    "none_cancelled": {
        "en": "I don't see a cancelled order on your account.",
        "es": "No veo ningún pedido cancelado en tu cuenta.",
        "fr": "Je ne vois aucune commande annulée sur votre compte.",
        "de": "Ich sehe keine stornierte Bestellung in Ihrem Konto.",
        "pt": "Não vejo nenhuma encomenda cancelada na sua conta.",
        "it": "Non vedo ordini annullati sul tuo account.",
    },
    "nothing_on_its_way": {
        "en": "I don't see an order of yours on its way right now: the last one delivered, {order}, arrived on {when}.",
        "es": "Ahora mismo no veo ningún pedido tuyo en camino: el último entregado, {order}, llegó el {when}.",
        "fr": "Je ne vois aucune commande en cours d'acheminement : la dernière livrée, {order}, est arrivée le {when}.",
        "de": "Ich sehe gerade keine Bestellung von Ihnen, die unterwegs ist: Die zuletzt zugestellte, {order}, kam am {when} an.",
        "pt": "Neste momento não vejo nenhuma encomenda sua a caminho: a última entregue, {order}, chegou a {when}.",
        "it": "Al momento non vedo ordini in viaggio: l'ultimo consegnato, {order}, è arrivato il {when}.",
    },
    "if_that_one_missing": {
        "en": "If it's that one and it never reached you, tell me and I'll pass it to a teammate to look into.",
        "es": "Si es ese y nunca te llegó, dímelo y se lo paso a un compañero para que lo revise.",
        "fr": "Si c'est celle-là et qu'elle ne vous est jamais parvenue, dites-le-moi et je la transmets à un collègue.",
        "de": "Falls es diese ist und sie nie bei Ihnen ankam, sagen Sie es mir, dann gebe ich sie an eine Kollegin "
              "oder einen Kollegen weiter.",
        "pt": "Se for essa e nunca lhe chegou, diga-me e passo-a a um colega para verificar.",
        "it": "Se è quello e non ti è mai arrivato, dimmelo e lo passo a un collega perché lo verifichi.",
    },
    "ask_which_order": {
        "en": "Which order is your message about? Its order number (from the confirmation email) lets me check it.",
        "es": "¿De qué pedido se trata? Con su número (del correo de confirmación) puedo revisarlo.",
        "fr": "De quelle commande s'agit-il ? Son numéro (dans l'e-mail de confirmation) me permettra de vérifier.",
        "de": "Um welche Bestellung geht es? Mit der Bestellnummer (aus der Bestätigungs-E-Mail) kann ich nachsehen.",
        "pt": "De que encomenda se trata? Com o número (do e-mail de confirmação) posso verificar.",
        "it": "Di quale ordine si tratta? Con il numero d'ordine (nell'email di conferma) posso controllare.",
    },
    "delivered_not_found": {
        "en": "If you can't find it, check any safe place and with your neighbours; if it's still missing, tell me and "
              "I'll hand it to a teammate to open a carrier claim.",
        "es": "Si no lo encuentras, revisa los lugares seguros habituales y pregunta a tus vecinos; si sigue sin aparecer, "
              "dímelo y un compañero abrirá una reclamación con el transportista.",
        "fr": "Si vous ne le trouvez pas, vérifiez les endroits habituels et auprès de vos voisins ; s'il reste introuvable, "
              "dites-le-moi et un collègue ouvrira une réclamation auprès du transporteur.",
        "de": "Falls Sie es nicht finden, schauen Sie an üblichen Ablageorten und bei Nachbarn nach; fehlt es weiterhin, "
              "sagen Sie mir Bescheid, dann eröffnet ein Kollege eine Reklamation beim Versanddienst.",
        "pt": "Se não a encontrar, verifique locais habituais e os vizinhos; se continuar em falta, diga-me e um colega "
              "abrirá uma reclamação junto da transportadora.",
        "it": "Se non lo trovi, controlla i luoghi abituali e chiedi ai vicini; se manca ancora, dimmelo e un collega "
              "aprirà un reclamo con il corriere.",
    },
    "order_cancelled": {
        "en": "Your order {order} was cancelled.",
        "es": "Tu pedido {order} fue cancelado.",
        "fr": "Votre commande {order} a été annulée.",
        "de": "Ihre Bestellung {order} wurde storniert.",
        "pt": "A sua encomenda {order} foi cancelada.",
        "it": "Il tuo ordine {order} è stato annullato.",
    },
    "order_lost": {
        "en": "Your order {order} was lost in transit: {carrier} reported it lost after its last scan on {when}.",
        "es": "Tu pedido {order} se perdió en el transporte: {carrier} lo declaró perdido tras su último escaneo del {when}.",
        "fr": "Votre commande {order} a été perdue pendant le transport : {carrier} l'a déclarée perdue après son "
              "dernier scan du {when}.",
        "de": "Ihre Bestellung {order} ist auf dem Transportweg verloren gegangen: {carrier} hat sie nach dem letzten "
              "Scan am {when} als verloren gemeldet.",
        "pt": "A sua encomenda {order} perdeu-se no transporte: a {carrier} declarou-a perdida depois da última leitura, "
              "a {when}.",
        "it": "Il tuo ordine {order} è andato perso durante il trasporto: {carrier} lo ha dichiarato perso dopo "
              "l'ultima scansione del {when}.",
    },
    "order_lost_unsettled": {
        "en": "If it hasn't been replaced or refunded yet, tell me and I'll pass it to a teammate to send a "
              "replacement or a full refund.",
        "es": "Si aún no se ha reemplazado ni reembolsado, dímelo y lo paso a un compañero para que te envíe uno "
              "nuevo o te devuelva el importe completo.",
        "fr": "S'il n'a pas encore été remplacé ni remboursé, dites-le-moi et je le transmets à un collègue pour un "
              "renvoi ou un remboursement complet.",
        "de": "Falls sie noch nicht ersetzt oder erstattet wurde, sagen Sie es mir, und ich gebe sie an eine "
              "Kollegin weiter, die Ersatz schickt oder den vollen Betrag erstattet.",
        "pt": "Se ainda não foi substituída nem reembolsada, diga-me e passo a um colega para enviar uma nova ou "
              "reembolsar o valor total.",
        "it": "Se non è ancora stato sostituito o rimborsato, dimmelo e lo passo a un collega per un nuovo invio o "
              "un rimborso completo.",
    },
    "order_state": {
        "en": "Your order {order}, placed on {placed}, {status}.",
        "es": "Tu pedido {order}, realizado el {placed}, {status}.",
        "fr": "Votre commande {order}, passée le {placed}, {status}.",
        "de": "Ihre Bestellung {order} vom {placed}: {status}.",
        "pt": "A sua encomenda {order}, feita em {placed}, {status}.",
        "it": "Il tuo ordine {order}, effettuato il {placed}, {status}.",
    },
    "other_orders_moving": {
        "en": "You also have {count} other order(s) on the way ({orders}); ask me about any of them.",
        "es": "También tienes {count} pedido(s) más en camino ({orders}); pregúntame por cualquiera de ellos.",
        "fr": "Vous avez aussi {count} autre(s) commande(s) en route ({orders}) ; demandez-moi si besoin.",
        "de": "Sie haben außerdem {count} weitere Bestellung(en) unterwegs ({orders}); fragen Sie gern nach.",
        "pt": "Tem também {count} outra(s) encomenda(s) a caminho ({orders}); pergunte-me por qualquer uma.",
        "it": "Hai anche {count} altro/i ordine/i in viaggio ({orders}); chiedimi pure.",
    },
    "card_ending": {
        "en": "{brand} card ending {last4}", "es": "tarjeta {brand} terminada en {last4}",
        "fr": "carte {brand} se terminant par {last4}", "de": "{brand}-Karte mit den Endziffern {last4}",
        "pt": "cartão {brand} terminado em {last4}", "it": "carta {brand} che termina con {last4}",
    },
    "original_payment_method": {
        "en": "original payment method", "es": "método de pago original", "fr": "moyen de paiement d'origine",
        "de": "ursprüngliche Zahlungsmittel", "pt": "método de pagamento original", "it": "metodo di pagamento originale",
    },
    "older_refund_which": {
        "en": "That was for order {order}. If your return is a more recent one, send me its order number and I'll "
              "check it.",
        "es": "Fue del pedido {order}. Si tu devolución es más reciente, envíame su número de pedido y lo compruebo.",
        "fr": "Il concernait la commande {order}. Si votre retour est plus récent, envoyez-moi son numéro de commande "
              "et je vérifierai.",
        "de": "Das betraf die Bestellung {order}. Wenn Ihre Rücksendung neuer ist, senden Sie mir die Bestellnummer, "
              "dann prüfe ich sie.",
        "pt": "Foi da encomenda {order}. Se a sua devolução for mais recente, envie-me o número da encomenda e eu "
              "verifico.",
        "it": "Riguardava l'ordine {order}. Se il tuo reso è più recente, mandami il numero dell'ordine e lo controllo.",
    },
    "refund_issued": {
        "en": "A refund of {amount} to your {method} was issued on {when}.",
        "es": "El {when} se emitió un reembolso de {amount} a tu {method}.",
        "fr": "Un remboursement de {amount} sur votre {method} a été émis le {when}.",
        "de": "Am {when} wurde eine Erstattung von {amount} auf Ihr(e) {method} veranlasst.",
        "pt": "Foi emitido um reembolso de {amount} para o seu {method} a {when}.",
        "it": "Il {when} è stato emesso un rimborso di {amount} sul tuo {method}.",
    },
    "refund_pending": {
        "en": "Your return for order {order} ({items}) has reached our warehouse. The refund goes to your {method} "
              "within {days} business days of its arrival; you get an email when it is issued.",
        "es": "Tu devolución del pedido {order} ({items}) ya llegó a nuestro almacén. El reembolso a tu {method} "
              "se emite en un plazo de {days} días hábiles desde su llegada; te avisaremos por correo.",
        "fr": "Votre retour de la commande {order} ({items}) est arrivé à notre entrepôt. Le remboursement sur "
              "votre {method} est émis dans les {days} jours ouvrés suivant son arrivée ; vous recevrez un e-mail.",
        "de": "Ihre Rücksendung zur Bestellung {order} ({items}) ist in unserem Lager angekommen. Die Erstattung "
              "auf Ihr(e) {method} wird innerhalb von {days} Werktagen nach dem Eingang veranlasst; Sie erhalten "
              "dann eine E-Mail.",
        "pt": "A sua devolução da encomenda {order} ({items}) já chegou ao nosso armazém. O reembolso para o seu "
              "{method} é emitido no prazo de {days} dias úteis após a chegada; receberá um e-mail.",
        "it": "Il tuo reso dell'ordine {order} ({items}) è arrivato al nostro magazzino. Il rimborso sul tuo "
              "{method} viene emesso entro {days} giorni lavorativi dall'arrivo; riceverai un'e-mail.",
    },
    "no_refund_yet": {
        "en": "I don't see a refund on order {order} yet.",
        "es": "Todavía no veo ningún reembolso en el pedido {order}.",
        "fr": "Je ne vois pas encore de remboursement sur la commande {order}.",
        "de": "Für die Bestellung {order} sehe ich noch keine Erstattung.",
        "pt": "Ainda não vejo nenhum reembolso na encomenda {order}.",
        "it": "Non vedo ancora alcun rimborso sull'ordine {order}.",
    },
    "no_orders": {
        "en": "I can't find any orders on your account. If you ordered as a guest or with another email address, "
              "send me the order number and I'll look it up.",
        "es": "No encuentro pedidos en tu cuenta. Si compraste como invitado o con otro correo, envíame el número de pedido.",
        "fr": "Je ne trouve aucune commande sur votre compte. Si vous avez commandé en invité ou avec une autre adresse e-mail, "
              "envoyez-moi le numéro de commande.",
        "de": "Ich finde keine Bestellungen in Ihrem Konto. Falls Sie als Gast oder mit einer anderen E-Mail-Adresse bestellt "
              "haben, senden Sie mir die Bestellnummer.",
        "pt": "Não encontro encomendas na sua conta. Se comprou como convidado ou com outro e-mail, envie-me o número da encomenda.",
        "it": "Non trovo ordini nel tuo account. Se hai ordinato come ospite o con un'altra email, mandami il numero d'ordine.",
    },
    "order_not_found": {
        "en": "I couldn't find an order {order} on your account.",
        "es": "No encuentro ningún pedido {order} en tu cuenta.",
        "fr": "Je ne trouve pas de commande {order} sur votre compte.",
        "de": "Ich finde keine Bestellung {order} in Ihrem Konto.",
        "pt": "Não encontro nenhuma encomenda {order} na sua conta.",
        "it": "Non trovo nessun ordine {order} nel tuo account.",
    },
    "item_not_in_this_order": {  # goods named beside others the proposal has: "the shirt and the shorts"
        "en": "There's no {items} in order {order}.",
        "es": "En el pedido {order} no hay {items}.",
        "fr": "La commande {order} ne contient pas {items}.",
        "de": "In der Bestellung {order} ist kein Artikel {items}.",
        "pt": "A encomenda {order} não tem {items}.",
        "it": "Nell'ordine {order} non c'è {items}.",
    },
    "item_not_on_account": {
        "en": "None of the orders on your account contains {items}.",
        "es": "Ninguno de los pedidos de tu cuenta contiene {items}.",
        "fr": "Aucune des commandes de votre compte ne contient {items}.",
        "de": "Keine der Bestellungen in Ihrem Konto enthält {items}.",
        "pt": "Nenhuma das encomendas da sua conta contém {items}.",
        "it": "Nessuno degli ordini del tuo account contiene {items}.",
    },
    "item_not_in_recent": {
        "en": "None of your {count} most recent orders contains {items}.",
        "es": "Ninguno de tus {count} pedidos más recientes contiene {items}.",
        "fr": "Aucune de vos {count} commandes les plus récentes ne contient {items}.",
        "de": "Keine Ihrer {count} letzten Bestellungen enthält {items}.",
        "pt": "Nenhuma das suas {count} encomendas mais recentes contém {items}.",
        "it": "Nessuno dei tuoi {count} ordini più recenti contiene {items}.",
    },
    "ask_order_or_person": {
        "en": "Which order is it? Its order number (from the confirmation email) lets me check it, or I can pass you "
              "to a person on our team if you'd prefer.",
        "es": "¿De qué pedido se trata? Con su número (del correo de confirmación) puedo revisarlo, o si prefieres te "
              "paso con una persona del equipo.",
        "fr": "De quelle commande s'agit-il ? Son numéro (dans l'e-mail de confirmation) me permettra de vérifier, ou "
              "je peux vous mettre en relation avec une personne de l'équipe si vous préférez.",
        "de": "Um welche Bestellung geht es? Mit der Bestellnummer (aus der Bestätigungs-E-Mail) kann ich nachsehen, "
              "oder ich gebe Sie gern an eine Person aus unserem Team weiter.",
        "pt": "De que encomenda se trata? Com o número (do e-mail de confirmação) posso verificar, ou posso passá-lo "
              "a uma pessoa da equipa, se preferir.",
        "it": "Di quale ordine si tratta? Con il numero d'ordine (nell'email di conferma) posso controllare, oppure "
              "posso passarti a una persona del team, se preferisci.",
    },
    "identity_needs_number": {
        "en": "Thanks. To find your order I also need its order number (it's in your order confirmation email): "
              "please send it here.",
        "es": "Gracias. Para encontrar tu pedido también necesito su número de pedido (está en el correo de "
              "confirmación): envíamelo aquí, por favor.",
        "fr": "Merci. Pour retrouver votre commande, j'ai aussi besoin de son numéro (il figure dans l'e-mail de "
              "confirmation) : envoyez-le-moi ici, s'il vous plaît.",
        "de": "Danke. Um Ihre Bestellung zu finden, brauche ich auch die Bestellnummer (sie steht in der "
              "Bestätigungs-E-Mail): Bitte senden Sie sie mir hier.",
        "pt": "Obrigado. Para encontrar a sua encomenda também preciso do número da encomenda (está no e-mail de "
              "confirmação): envie-mo aqui, por favor.",
        "it": "Grazie. Per trovare il tuo ordine mi serve anche il numero d'ordine (è nell'e-mail di conferma): "
              "inviamelo qui, per favore.",
    },
    "signed_in_already": {
        "en": "Thanks — you're signed in, so I already know your account and don't need those details.",
        "es": "Gracias: has iniciado sesión, así que ya sé cuál es tu cuenta y no necesito esos datos.",
        "fr": "Merci : vous êtes connecté, je connais donc déjà votre compte et n'ai pas besoin de ces informations.",
        "de": "Danke – Sie sind angemeldet, daher kenne ich Ihr Konto bereits und brauche diese Angaben nicht.",
        "pt": "Obrigado: tem sessão iniciada, por isso já sei qual é a sua conta e não preciso desses dados.",
        "it": "Grazie: hai effettuato l'accesso, quindi conosco già il tuo account e non mi servono questi dati.",
    },
    "no_number_needed": {
        "en": "No problem, you don't need the order number.",
        "es": "No pasa nada, no necesitas el número de pedido.",
        "fr": "Pas de souci, le numéro de commande n'est pas nécessaire.",
        "de": "Kein Problem, die Bestellnummer brauchen Sie nicht.",
        "pt": "Não há problema, não precisa do número da encomenda.",
        "it": "Nessun problema, il numero d'ordine non serve.",
    },
    "pick_the_only_order": {  # one order on the account to choose from
        "en": "Your most recent order is {orders}. Is it that one?",
        "es": "Tu pedido más reciente es {orders}. ¿Es ese?",
        "fr": "Votre commande la plus récente est {orders}. Est-ce celle-ci ?",
        "de": "Ihre letzte Bestellung ist {orders}. Ist es diese?",
        "pt": "A sua encomenda mais recente é {orders}. É essa?",
        "it": "Il tuo ordine più recente è {orders}. È quello?",
    },
    "pick_an_order": {
        "en": "Your most recent orders are {orders}. Which one is it?",
        "es": "Tus pedidos más recientes son {orders}. ¿Cuál es?",
        "fr": "Vos commandes les plus récentes sont {orders}. Laquelle est-ce ?",
        "de": "Ihre letzten Bestellungen sind {orders}. Welche ist es?",
        "pt": "As suas encomendas mais recentes são {orders}. Qual é?",
        "it": "I tuoi ordini più recenti sono {orders}. Quale è?",
    },
    "not_that_one": {  # after the one order listed
        "en": "If it isn't, send me its order number, or I can pass you to a person on our team.",
        "es": "Si no es ese, envíame su número de pedido, o te paso con una persona del equipo.",
        "fr": "Sinon, envoyez-moi son numéro de commande, ou je vous mets en relation avec une personne de l'équipe.",
        "de": "Wenn nicht, senden Sie mir die Bestellnummer, oder ich gebe Sie an eine Person aus unserem Team weiter.",
        "pt": "Se não for, envie-me o número da encomenda, ou passo-o a uma pessoa da equipa.",
        "it": "Se non è quello, mandami il numero d'ordine, oppure ti passo a una persona del team.",
    },
    "none_of_these": {
        "en": "If it's none of these, send me its order number, or I can pass you to a person on our team.",
        "es": "Si no es ninguno de estos, envíame su número de pedido, o te paso con una persona del equipo.",
        "fr": "Si ce n'est aucune de celles-ci, envoyez-moi son numéro de commande, ou je vous mets en relation avec "
              "une personne de l'équipe.",
        "de": "Wenn es keine davon ist, senden Sie mir die Bestellnummer, oder ich gebe Sie an eine Person aus unserem "
              "Team weiter.",
        "pt": "Se não for nenhuma destas, envie-me o número da encomenda, ou passo-o a uma pessoa da equipa.",
        "it": "Se non è nessuno di questi, mandami il numero d'ordine, oppure ti passo a una persona del team.",
    },
    "no_problem": {
        "en": "No problem.",
        "es": "No pasa nada.",
        "fr": "Pas de souci.",
        "de": "Kein Problem.",
        "pt": "Não há problema.",
        "it": "Nessun problema.",
    },
    "goodbye": {
        "en": "Take care, and thanks for getting in touch!",
        "es": "¡Cuídate, y gracias por escribirnos!",
        "fr": "Bonne journée, et merci de nous avoir écrit !",
        "de": "Alles Gute, und danke für Ihre Nachricht!",
        "pt": "Tudo de bom, e obrigado pelo contacto!",
        "it": "A presto, e grazie per averci scritto!",
    },
    "what_else": {
        "en": "What would you like me to help with?",
        "es": "¿En qué te puedo ayudar?",
        "fr": "Que puis-je faire pour vous ?",
        "de": "Wobei kann ich Ihnen helfen?",
        "pt": "Em que posso ajudar?",
        "it": "Come posso aiutarti?",
    },
    "said_already_sentence": {
        "en": "As I said above: {sentence} If you need more than that, I can pass you to a person on our team.",
        "es": "Como te decía arriba: {sentence} Si necesitas algo más, te paso con una persona del equipo.",
        "fr": "Comme je l'indiquais ci-dessus : {sentence} S'il vous faut plus, je peux vous mettre en relation avec "
              "une personne de l'équipe.",
        "de": "Wie oben gesagt: {sentence} Wenn Sie mehr brauchen, gebe ich Sie an eine Person aus unserem Team weiter.",
        "pt": "Como disse acima: {sentence} Se precisar de mais, passo-o a uma pessoa da nossa equipa.",
        "it": "Come ti dicevo sopra: {sentence} Se ti serve altro, ti passo a una persona del nostro team.",
    },
    "said_already_order_sentence": {
        "en": "As I said above about order {order}: {sentence} If you need more than that, I can pass you to a person "
              "on our team.",
        "es": "Como te decía arriba sobre el pedido {order}: {sentence} Si necesitas algo más, te paso con una persona "
              "del equipo.",
        "fr": "Comme je l'indiquais ci-dessus pour la commande {order} : {sentence} S'il vous faut plus, je peux vous "
              "mettre en relation avec une personne de l'équipe.",
        "de": "Wie oben zu Bestellung {order} gesagt: {sentence} Wenn Sie mehr brauchen, gebe ich Sie an eine Person "
              "aus unserem Team weiter.",
        "pt": "Como disse acima sobre a encomenda {order}: {sentence} Se precisar de mais, passo-o a uma pessoa da "
              "nossa equipa.",
        "it": "Come ti dicevo sopra sull'ordine {order}: {sentence} Se ti serve altro, ti passo a una persona del "
              "nostro team.",
    },
    "said_already_order": {
        "en": "I think I've told you all I can about order {order} above. What else do you need? If you'd like, I can "
              "pass you to a person on our team.",
        "es": "Creo que arriba ya te he dicho todo lo que puedo sobre el pedido {order}. ¿Qué más necesitas? Si "
              "quieres, te paso con una persona del equipo.",
        "fr": "Je pense vous avoir dit ci-dessus tout ce que je peux sur la commande {order}. De quoi d'autre avez-vous "
              "besoin ? Si vous le souhaitez, je peux vous mettre en relation avec une personne de l'équipe.",
        "de": "Ich glaube, ich habe Ihnen oben alles zu Bestellung {order} gesagt, was ich kann. Was brauchen Sie noch? "
              "Wenn Sie möchten, gebe ich Sie an eine Person aus unserem Team weiter.",
        "pt": "Acho que já lhe disse acima tudo o que posso sobre a encomenda {order}. De que mais precisa? Se quiser, "
              "passo-o a uma pessoa da equipa.",
        "it": "Credo di averti già detto sopra tutto quello che posso sull'ordine {order}. Di cos'altro hai bisogno? Se "
              "vuoi, ti passo a una persona del team.",
    },
    "frustrated_ack": {
        "en": "I'm sorry this has been so frustrating.", "es": "Siento mucho las molestias.",
        "fr": "Je suis désolé pour ce désagrément.", "de": "Es tut mir leid, dass das so ärgerlich ist.",
        "pt": "Lamento muito o incómodo.", "it": "Mi dispiace molto per il disagio.",
    },
    "catalogue_range": {
        "en": "Here's what we have in {kind} right now: {products}.",
        "es": "Esto es lo que tenemos ahora en {kind}: {products}.",
        "fr": "Voici ce que nous avons en ce moment en {kind} : {products}.",
        "de": "Das haben wir gerade bei {kind}: {products}.",
        "pt": "Eis o que temos neste momento em {kind}: {products}.",
        "it": "Ecco cosa abbiamo al momento in {kind}: {products}.",
    },
    "price_under": {"en": "under {price}", "es": "por menos de {price}", "fr": "à moins de {price}",
                    "de": "unter {price}", "pt": "por menos de {price}", "it": "sotto i {price}"},
    "price_over": {"en": "over {price}", "es": "de más de {price}", "fr": "à plus de {price}", "de": "über {price}",
                   "pt": "acima de {price}", "it": "sopra i {price}"},
    "catalogue_outside_limit": {
        "en": "None of our {kind} is {limit}. The nearest is {product}.",
        "es": "Ninguno de nuestros artículos de {kind} está {limit}. El más cercano es {product}.",
        "fr": "Aucun de nos articles {kind} n'est {limit}. Le plus proche : {product}.",
        "de": "Bei {kind} haben wir nichts {limit}. Am nächsten kommt {product}.",
        "pt": "Nenhum dos nossos artigos de {kind} está {limit}. O mais próximo é {product}.",
        "it": "Nessuno dei nostri articoli {kind} è {limit}. Il più vicino è {product}.",
    },
    "catalogue_compare": {
        "en": "Here they are side by side: {products}.", "es": "Aquí los tienes uno al lado del otro: {products}.",
        "fr": "Les voici côte à côte : {products}.", "de": "Hier im Vergleich: {products}.",
        "pt": "Aqui estão lado a lado: {products}.", "it": "Eccoli a confronto: {products}.",
    },
    "catalogue_material": {
        "en": "The {name} is made of {material}.", "es": "{name}: está hecho de {material}.",
        "fr": "{name} : fabriqué en {material}.", "de": "{name}: aus {material}.", "pt": "{name}: feito de {material}.",
        "it": "{name}: realizzato in {material}.",
    },
    "catalogue_has_property": {
        "en": "Yes: the {name} is made of {material}.", "es": "Sí: {name} está hecho de {material}.",
        "fr": "Oui : {name} est fabriqué en {material}.", "de": "Ja: {name} ist aus {material}.",
        "pt": "Sim: {name} é feito de {material}.", "it": "Sì: {name} è realizzato in {material}.",
    },
    "catalogue_property_unsaid": {
        "en": "The {name}'s product details don't say it's {property}: it's made of {material}.",
        "es": "La ficha de {name} no dice que sea {property}: está hecho de {material}.",
        "fr": "La fiche de {name} ne précise pas qu'il est {property} : il est fabriqué en {material}.",
        "de": "Die Produktangaben zu {name} sagen nicht, dass es {property} ist: es ist aus {material}.",
        "pt": "A ficha de {name} não diz que seja {property}: é feito de {material}.",
        "it": "La scheda di {name} non dice che sia {property}: è realizzato in {material}.",
    },
    "catalogue_materials": {
        "en": "What they're made of: {products}.", "es": "De qué están hechos: {products}.",
        "fr": "Leurs matières : {products}.", "de": "Woraus sie sind: {products}.", "pt": "De que são feitos: {products}.",
        "it": "Di cosa sono fatti: {products}.",
    },
    "catalogue_care": {
        "en": "How to care for the {name}: {care}", "es": "Cuidados de {name}: {care}", "fr": "Entretien de {name} : {care}",
        "de": "Pflege von {name}: {care}", "pt": "Cuidados de {name}: {care}", "it": "Cura di {name}: {care}",
    },
    "size_chart_for": {
        "en": "Here is the size chart for the {goods} (measurements in {unit}):",
        "es": "Esta es la tabla de tallas de {goods} (medidas en {unit}):",
        "fr": "Voici le guide des tailles de {goods} (mesures en {unit}) :",
        "de": "Hier ist die Größentabelle für {goods} (Maße in {unit}):",
        "pt": "Aqui está a tabela de tamanhos de {goods} (medidas em {unit}):",
        "it": "Ecco la tabella taglie di {goods} (misure in {unit}):",
    },
    "size_which_item": {
        "en": "Happy to help with sizing. Which item is it for? Our size charts differ from one kind of item to "
              "another, so tell me its name and I'll share the right one.",
        "es": "Con gusto te ayudo con la talla. ¿Para qué prenda es? Nuestras tablas de tallas cambian de un tipo de "
              "prenda a otro; dime su nombre y te paso la correcta.",
        "fr": "Avec plaisir pour la taille. Pour quel article est-ce ? Nos guides des tailles varient d'un type "
              "d'article à l'autre : dites-moi son nom et je vous donne le bon.",
        "de": "Gern helfe ich bei der Größe. Um welchen Artikel geht es? Unsere Größentabellen unterscheiden sich je "
              "nach Art des Artikels; nennen Sie mir den Namen, dann schicke ich Ihnen die richtige.",
        "pt": "Com todo o gosto ajudo com o tamanho. Para que peça é? As nossas tabelas de tamanhos mudam de um tipo "
              "de peça para outro; diga-me o nome e envio-lhe a certa.",
        "it": "Volentieri ti aiuto con la taglia. Per quale articolo? Le nostre tabelle taglie cambiano da un tipo di "
              "articolo all'altro: dimmi il nome e ti mando quella giusta.",
    },
    "size_charts_differ": {
        "en": "Our {goods} have more than one size chart, one for each fit:",
        "es": "Para {goods} tenemos varias tablas de tallas, una por corte:",
        "fr": "Pour {goods}, nous avons plusieurs guides des tailles, un par coupe :",
        "de": "Für {goods} gibt es mehrere Größentabellen, eine pro Schnitt:",
        "pt": "Para {goods} temos várias tabelas de tamanhos, uma por corte:",
        "it": "Per {goods} abbiamo più tabelle taglie, una per vestibilità:",
    },
    "size_fits": {
        "en": "With a {part} of {amount}, size {size} should fit you best.",
        "es": "Con {part} de {amount}, la talla {size} debería quedarte mejor.",
        "fr": "Pour une mesure de {part} de {amount}, la taille {size} devrait vous aller le mieux.",
        "de": "Bei {part} {amount} sollte Ihnen Größe {size} am besten passen.",
        "pt": "Com {part} de {amount}, o tamanho {size} deve servir melhor.",
        "it": "Con {part} di {amount}, la taglia {size} dovrebbe andarti meglio.",
    },
    "size_fits_between": {
        "en": "With a {part} of {amount}, you're between sizes {smaller} and {larger}: the larger gives more room.",
        "es": "Con {part} de {amount}, estás entre las tallas {smaller} y {larger}: la más grande te dará más holgura.",
        "fr": "Pour une mesure de {part} de {amount}, vous êtes entre les tailles {smaller} et {larger} : la plus "
              "grande donne plus d'aisance.",
        "de": "Bei {part} {amount} liegen Sie zwischen den Größen {smaller} und {larger}: die größere sitzt lockerer.",
        "pt": "Com {part} de {amount}, está entre os tamanhos {smaller} e {larger}: o maior dá mais folga.",
        "it": "Con {part} di {amount}, sei tra le taglie {smaller} e {larger}: la più grande è più comoda.",
    },
    "size_off_chart": {
        "en": "A {part} of {amount} is outside this chart, which goes from {low} to {high}.",
        "es": "Una medida de {part} de {amount} queda fuera de esta tabla, que va de {low} a {high}.",
        "fr": "Une mesure de {part} de {amount} est hors de ce guide, qui va de {low} à {high}.",
        "de": "{part} {amount} liegt außerhalb dieser Tabelle, die von {low} bis {high} reicht.",
        "pt": "Uma medida de {part} de {amount} fica fora desta tabela, que vai de {low} a {high}.",
        "it": "Una misura di {part} di {amount} è fuori da questa tabella, che va da {low} a {high}.",
    },
    "size_chart_between": {
        "en": "If you're between sizes, measure a similar item that fits you well and compare it with the chart.",
        "es": "Si dudas entre dos tallas, mide una prenda parecida que te quede bien y compárala con la tabla.",
        "fr": "Si vous hésitez entre deux tailles, mesurez un article similaire qui vous va bien et comparez avec le guide.",
        "de": "Wenn Sie zwischen zwei Größen liegen, messen Sie ein ähnliches Teil, das gut passt, und vergleichen Sie.",
        "pt": "Se estiver entre dois tamanhos, meça uma peça parecida que lhe sirva bem e compare com a tabela.",
        "it": "Se sei tra due taglie, misura un capo simile che ti sta bene e confrontalo con la tabella.",
    },
    "catalogue_care_all": {
        "en": "How to care for them: {care}", "es": "Cuidados: {care}", "fr": "Entretien : {care}", "de": "Pflege: {care}",
        "pt": "Cuidados: {care}", "it": "Cura: {care}",
    },
    "catalogue_range_unnamed": {
        "en": "Here's what we have right now: {products}.",
        "es": "Esto es lo que tenemos ahora: {products}.",
        "fr": "Voici ce que nous avons en ce moment : {products}.",
        "de": "Das haben wir gerade: {products}.",
        "pt": "Eis o que temos neste momento: {products}.",
        "it": "Ecco cosa abbiamo al momento: {products}.",
    },
    "not_carried": {
        "en": "I couldn't find any {kind} in our catalogue, so it isn't something we sell at the moment. If you meant "
              "something else, tell me its name and I'll look it up, or I can pass your question to a person on our team.",
        "es": "No encuentro {kind} en nuestro catálogo, así que ahora mismo no es algo que vendamos. Si te referías a otra "
              "cosa, dime su nombre y lo busco, o puedo pasar tu pregunta a una persona de nuestro equipo.",
        "fr": "Je ne trouve pas de {kind} dans notre catalogue : ce n'est donc pas un article que nous vendons en ce moment. "
              "Si vous pensiez à autre chose, donnez-moi son nom et je vérifie, ou je peux transmettre votre question à "
              "une personne de notre équipe.",
        "de": "Ich finde {kind} nicht in unserem Katalog, das verkaufen wir also derzeit nicht. Wenn Sie etwas anderes "
              "meinten, nennen Sie mir den Namen und ich sehe nach, oder ich gebe Ihre Frage an eine Person aus unserem "
              "Team weiter.",
        "pt": "Não encontro {kind} no nosso catálogo, por isso não é algo que vendamos neste momento. Se se referia a "
              "outra coisa, diga-me o nome e eu procuro, ou posso passar a sua pergunta a uma pessoa da nossa equipa.",
        "it": "Non trovo {kind} nel nostro catalogo, quindi al momento non è un articolo che vendiamo. Se intendevi "
              "qualcos'altro, dimmi il nome e lo cerco, oppure posso passare la tua domanda a una persona del nostro team.",
    },
    "not_carried_unnamed": {
        "en": "I couldn't find that in our catalogue, so it isn't something we sell at the moment. If you meant something "
              "else, tell me its name and I'll look it up, or I can pass your question to a person on our team.",
        "es": "No lo encuentro en nuestro catálogo, así que ahora mismo no es algo que vendamos. Si te referías a otra "
              "cosa, dime su nombre y lo busco, o puedo pasar tu pregunta a una persona de nuestro equipo.",
        "fr": "Je ne le trouve pas dans notre catalogue : ce n'est donc pas un article que nous vendons en ce moment. Si "
              "vous pensiez à autre chose, donnez-moi son nom et je vérifie, ou je peux transmettre votre question à une "
              "personne de notre équipe.",
        "de": "Das finde ich nicht in unserem Katalog, das verkaufen wir also derzeit nicht. Wenn Sie etwas anderes "
              "meinten, nennen Sie mir den Namen und ich sehe nach, oder ich gebe Ihre Frage an eine Person aus unserem "
              "Team weiter.",
        "pt": "Não o encontro no nosso catálogo, por isso não é algo que vendamos neste momento. Se se referia a outra "
              "coisa, diga-me o nome e eu procuro, ou posso passar a sua pergunta a uma pessoa da nossa equipa.",
        "it": "Non lo trovo nel nostro catalogo, quindi al momento non è un articolo che vendiamo. Se intendevi "
              "qualcos'altro, dimmi il nome e lo cerco, oppure posso passare la tua domanda a una persona del nostro team.",
    },
    "catalogue_overview": {
        "en": "We sell {kinds}. Tell me which you're after and I'll show you what we have.",
        "es": "Vendemos {kinds}. Dime qué buscas y te enseño lo que tenemos.",
        "fr": "Nous vendons {kinds}. Dites-moi ce que vous cherchez et je vous montre ce que nous avons.",
        "de": "Wir verkaufen {kinds}. Sagen Sie mir, was Sie suchen, und ich zeige Ihnen, was wir haben.",
        "pt": "Vendemos {kinds}. Diga-me o que procura e mostro-lhe o que temos.",
        "it": "Vendiamo {kinds}. Dimmi cosa cerchi e ti mostro cosa abbiamo.",
    },
    "catalogue_kind": {
        "en": "{kind} ({count} to choose from, {prices})", "es": "{kind} ({count} modelos, {prices})",
        "fr": "{kind} ({count} modèles, {prices})", "de": "{kind} ({count} Modelle, {prices})",
        "pt": "{kind} ({count} modelos, {prices})", "it": "{kind} ({count} modelli, {prices})",
    },
    "catalogue_more_kinds": {
        "en": "and {count} more kinds", "es": "y {count} tipos más", "fr": "et {count} autres types",
        "de": "und {count} weitere Arten", "pt": "e mais {count} tipos", "it": "e altri {count} tipi",
    },
    "catalogue_cheapest_overall": {
        "en": "The least expensive thing we sell is the {name}, from {price}.",
        "es": "Lo más económico que vendemos es {name}, desde {price}.",
        "fr": "L'article le moins cher que nous vendons est {name}, à partir de {price}.",
        "de": "Das Günstigste, was wir verkaufen, ist {name}, ab {price}.",
        "pt": "O mais barato que vendemos é {name}, a partir de {price}.",
        "it": "La cosa più economica che vendiamo è {name}, a partire da {price}.",
    },
    "catalogue_dearest_overall": {
        "en": "The most expensive thing we sell is the {name}, up to {price}.",
        "es": "Lo más caro que vendemos es {name}, hasta {price}.",
        "fr": "L'article le plus cher que nous vendons est {name}, jusqu'à {price}.",
        "de": "Das Teuerste, was wir verkaufen, ist {name}, bis {price}.",
        "pt": "O mais caro que vendemos é {name}, até {price}.",
        "it": "La cosa più cara che vendiamo è {name}, fino a {price}.",
    },
    "catalogue_cheapest": {
        "en": "The least expensive is the {name}, from {price}.",
        "es": "El más económico es {name}, desde {price}.",
        "fr": "Le moins cher est {name}, à partir de {price}.",
        "de": "Am günstigsten ist {name}, ab {price}.",
        "pt": "O mais barato é {name}, a partir de {price}.",
        "it": "Il più economico è {name}, a partire da {price}.",
    },
    "catalogue_dearest": {
        "en": "The most expensive is the {name}, up to {price}.",
        "es": "El más caro es {name}, hasta {price}.",
        "fr": "Le plus cher est {name}, jusqu'à {price}.",
        "de": "Am teuersten ist {name}, bis {price}.",
        "pt": "O mais caro é {name}, até {price}.",
        "it": "Il più caro è {name}, fino a {price}.",
    },
    "catalogue_more": {
        "en": "That's {shown} of {count}; the rest are on our website.",
        "es": "Son {shown} de {count}; el resto está en nuestra web.",
        "fr": "Cela fait {shown} sur {count} ; les autres sont sur notre site.",
        "de": "Das sind {shown} von {count}; die übrigen finden Sie auf unserer Website.",
        "pt": "São {shown} de {count}; os restantes estão no nosso site.",
        "it": "Sono {shown} su {count}; gli altri sono sul nostro sito.",
    },
    "catalogue_sizes": {"en": "sizes {sizes}", "es": "tallas {sizes}", "fr": "tailles {sizes}", "de": "Größen {sizes}",
                        "pt": "tamanhos {sizes}", "it": "taglie {sizes}"},
    "catalogue_size": {"en": "size {size}", "es": "talla {size}", "fr": "taille {size}", "de": "Größe {size}",
                       "pt": "tamanho {size}", "it": "taglia {size}"},
    "option_in_stock": {
        "en": "The {name} in {option} is in stock ({price}).", "es": "El {name} en {option} está disponible ({price}).",
        "fr": "Le {name} en {option} est en stock ({price}).", "de": "Den {name} in {option} haben wir auf Lager ({price}).",
        "pt": "O {name} em {option} está disponível ({price}).", "it": "Il {name} in {option} è disponibile ({price}).",
    },
    "option_sold_out": {
        "en": "The {name} in {option} is sold out right now.", "es": "El {name} en {option} está agotado ahora mismo.",
        "fr": "Le {name} en {option} est épuisé pour le moment.", "de": "Der {name} in {option} ist gerade ausverkauft.",
        "pt": "O {name} em {option} está esgotado neste momento.", "it": "Il {name} in {option} è esaurito al momento.",
    },
    "option_not_made": {
        "en": "The {name} doesn't come in {option}.", "es": "El {name} no está disponible en {option}.",
        "fr": "Le {name} n'existe pas en {option}.", "de": "Den {name} gibt es nicht in {option}.",
        "pt": "O {name} não existe em {option}.", "it": "Il {name} non è disponibile in {option}.",
    },
    "catalogue_none_in_colour": {
        "en": "None of these comes in {colour}.", "es": "Ninguno está disponible en {colour}.",
        "fr": "Aucun n'existe en {colour}.", "de": "Keines davon gibt es in {colour}.",
        "pt": "Nenhum existe em {colour}.", "it": "Nessuno è disponibile in {colour}.",
    },
    "catalogue_sold_out": {"en": "sold out", "es": "agotado", "fr": "épuisé", "de": "ausverkauft", "pt": "esgotado",
                           "it": "esaurito"},
    "catalogue_in_stock": {"en": "{available} of {total} options in stock", "es": "{available} de {total} opciones en stock",
                           "fr": "{available} options sur {total} en stock", "de": "{available} von {total} Varianten vorrätig",
                           "pt": "{available} de {total} opções em stock", "it": "{available} opzioni su {total} disponibili"},
    "other_request_waits": {
        "en": "Once that's settled, tell me and I'll help with your other request ({what}).",
        "es": "Cuando esté resuelto, avísame y te ayudo con tu otra petición.",
        "fr": "Une fois que c'est réglé, dites-le-moi et je vous aiderai pour votre autre demande.",
        "de": "Sobald das erledigt ist, sagen Sie mir Bescheid, und ich helfe Ihnen mit Ihrem anderen Anliegen.",
        "pt": "Quando isso estiver resolvido, diga-me e ajudo-o com o seu outro pedido.",
        "it": "Quando è sistemato, dimmelo e ti aiuto con l'altra richiesta.",
    },
    "confirm_with_yes": {
        "en": "To go ahead with that, just reply yes (or no to leave the order as it is): I only change an order "
              "on a plain yes.",
        "es": "Para seguir adelante, responde simplemente sí (o no para dejar el pedido como está): solo cambio un "
              "pedido con un sí claro.",
        "fr": "Pour continuer, répondez simplement oui (ou non pour laisser la commande telle quelle) : je ne "
              "modifie une commande que sur un oui clair.",
        "de": "Wenn ich das so machen soll, antworten Sie einfach mit ja (oder nein, dann bleibt die Bestellung, "
              "wie sie ist): Ich ändere eine Bestellung nur auf ein klares Ja.",
        "pt": "Para avançar, responda apenas sim (ou não para deixar a encomenda como está): só altero uma "
              "encomenda com um sim claro.",
        "it": "Per procedere, rispondi semplicemente sì (o no per lasciare l'ordine com'è): modifico un ordine solo "
              "con un sì chiaro.",
    },
    "still_need_address": {
        "en": "I couldn't read a complete address in that. Please send the new address in one message: street and "
              "number, city, state and ZIP code (e.g. 742 Evergreen Terrace, Springfield, IL 62704). If you'd rather, "
              "I can pass you to a person on our team.",
        "es": "No he podido leer una dirección completa en eso. Envíame la nueva dirección en un solo mensaje: calle y "
              "número, ciudad, estado y código postal (p. ej., 742 Evergreen Terrace, Springfield, IL 62704). Si lo "
              "prefieres, te paso con una persona del equipo.",
        "fr": "Je n'ai pas pu lire une adresse complète dans votre message. Envoyez la nouvelle adresse en un seul "
              "message : rue et numéro, ville, État et code postal (p. ex. 742 Evergreen Terrace, Springfield, IL "
              "62704). Si vous préférez, je peux vous mettre en relation avec une personne de l'équipe.",
        "de": "Darin konnte ich keine vollständige Adresse lesen. Schicken Sie die neue Adresse bitte in einer "
              "Nachricht: Straße und Hausnummer, Ort, Bundesstaat und Postleitzahl (z. B. 742 Evergreen Terrace, "
              "Springfield, IL 62704). Wenn Sie möchten, gebe ich Sie an eine Person aus unserem Team weiter.",
        "pt": "Não consegui ler uma morada completa nisso. Envie a nova morada numa só mensagem: rua e número, cidade, "
              "estado e código postal (p. ex., 742 Evergreen Terrace, Springfield, IL 62704). Se preferir, passo-o a "
              "uma pessoa da equipa.",
        "it": "Non sono riuscito a leggere un indirizzo completo. Mandami il nuovo indirizzo in un solo messaggio: via "
              "e numero civico, città, stato e CAP (ad es. 742 Evergreen Terrace, Springfield, IL 62704). Se "
              "preferisci, ti passo a una persona del team.",
    },
    "still_need_order": {
        "en": "I still need to know which order this is about: its order number is in your confirmation email "
              "(or tell me an item from it). If you'd rather, I can pass you to a person on our team.",
        "es": "Aún necesito saber de qué pedido se trata: el número de pedido está en tu correo de confirmación "
              "(o dime un artículo del pedido). Si lo prefieres, te paso con una persona del equipo.",
        "fr": "J'ai encore besoin de savoir de quelle commande il s'agit : son numéro figure dans votre e-mail de "
              "confirmation (ou indiquez-moi un article de la commande). Si vous préférez, je peux vous mettre en "
              "relation avec une personne de l'équipe.",
        "de": "Ich muss noch wissen, um welche Bestellung es geht: Die Bestellnummer steht in Ihrer "
              "Bestätigungs-E-Mail (oder nennen Sie mir einen Artikel daraus). Wenn Sie möchten, gebe ich Sie an "
              "eine Person aus unserem Team weiter.",
        "pt": "Ainda preciso de saber de que encomenda se trata: o número está no seu e-mail de confirmação (ou "
              "diga-me um artigo da encomenda). Se preferir, passo-o a uma pessoa da equipa.",
        "it": "Devo ancora sapere di quale ordine si tratta: il numero è nell'e-mail di conferma (oppure dimmi un "
              "articolo dell'ordine). Se preferisci, ti passo a una persona del team.",
    },
    "place_not_served": {
        "en": "We don't ship to {place} at the moment.",
        "es": "Por ahora no hacemos envíos a {place}.",
        "fr": "Nous ne livrons pas en {place} pour le moment.",
        "de": "Nach {place} liefern wir derzeit nicht.",
        "pt": "De momento não enviamos para {place}.",
        "it": "Al momento non spediamo in {place}.",
    },
    "still_need_choice": {
        "en": "I couldn't tell from that which one you mean. Please name it as the list above says it (the item, or its "
              "size or colour). If you'd rather, I can pass you to a person on our team.",
        "es": "No he podido saber por eso a cuál te refieres. Dímelo como aparece en la lista de arriba (el artículo, o "
              "su talla o color). Si lo prefieres, te paso con una persona del equipo.",
        "fr": "Je n'ai pas pu comprendre lequel vous voulez dire. Indiquez-le tel qu'il figure dans la liste ci-dessus "
              "(l'article, ou sa taille ou sa couleur). Si vous préférez, je peux vous mettre en relation avec une "
              "personne de l'équipe.",
        "de": "Daraus konnte ich nicht erkennen, welchen Artikel Sie meinen. Nennen Sie ihn bitte so, wie er in der "
              "Liste oben steht (den Artikel, oder seine Größe oder Farbe). Wenn Sie möchten, gebe ich Sie an eine "
              "Person aus unserem Team weiter.",
        "pt": "Não consegui perceber a qual se refere. Diga-mo como aparece na lista acima (o artigo, ou o tamanho ou "
              "a cor). Se preferir, passo-o a uma pessoa da equipa.",
        "it": "Da questo non ho capito a quale ti riferisci. Indicamelo come appare nell'elenco sopra (l'articolo, o la "
              "sua taglia o il colore). Se preferisci, ti passo a una persona del team.",
    },
    "said_already": {
        "en": "I think I've told you all I can about that above. What else do you need? If you'd like, I can pass you "
              "to a person on our team.",
        "es": "Creo que arriba ya te he dicho todo lo que puedo sobre eso. ¿Qué más necesitas? Si quieres, te paso "
              "con una persona del equipo.",
        "fr": "Je pense vous avoir dit ci-dessus tout ce que je peux à ce sujet. De quoi d'autre avez-vous besoin ? "
              "Si vous le souhaitez, je peux vous mettre en relation avec une personne de l'équipe.",
        "de": "Ich glaube, ich habe Ihnen dazu oben alles gesagt, was ich kann. Was brauchen Sie noch? Wenn Sie "
              "möchten, gebe ich Sie an eine Person aus unserem Team weiter.",
        "pt": "Acho que já lhe disse acima tudo o que posso sobre isso. De que mais precisa? Se quiser, passo-o a "
              "uma pessoa da equipa.",
        "it": "Credo di averti già detto sopra tutto quello che posso su questo. Di cos'altro hai bisogno? Se vuoi, "
              "ti passo a una persona del team.",
    },
    "identity_needs_email_and_number": {
        "en": "Thanks. To be sure an order is yours I need the email address you used for it together with its order "
              "number (it's in your order confirmation email), or you can sign in and message us from your account.",
        "es": "Gracias. Para confirmar que un pedido es tuyo necesito el correo electrónico que usaste junto con su número "
              "de pedido (está en el correo de confirmación), o puedes iniciar sesión y escribirnos desde tu cuenta.",
        "fr": "Merci. Pour m'assurer qu'une commande est à vous, il me faut l'adresse e-mail utilisée avec son numéro de "
              "commande (il figure dans l'e-mail de confirmation), ou connectez-vous et écrivez-nous depuis votre compte.",
        "de": "Danke. Um sicher zu sein, dass eine Bestellung Ihnen gehört, brauche ich die dafür verwendete E-Mail-Adresse "
              "zusammen mit der Bestellnummer (sie steht in der Bestellbestätigung), oder Sie melden sich an und schreiben "
              "uns aus Ihrem Konto.",
        "pt": "Obrigado. Para confirmar que uma encomenda é sua preciso do e-mail que usou juntamente com o número da "
              "encomenda (está no e-mail de confirmação), ou pode iniciar sessão e escrever-nos a partir da sua conta.",
        "it": "Grazie. Per essere sicuro che un ordine sia tuo mi servono l'email che hai usato insieme al numero d'ordine "
              "(è nell'email di conferma), oppure puoi accedere e scriverci dal tuo account.",
    },
    "sign_in_for_orders": {
        "en": "To look up an order I need to be sure it's yours: please sign in to your account and message us from "
              "there, or send me the email address you used for the order together with its order number.",
        "es": "Para consultar un pedido necesito confirmar que es tuyo: inicia sesión en tu cuenta y escríbenos desde "
              "allí, o envíame el correo electrónico del pedido junto con su número de pedido.",
        "fr": "Pour consulter une commande, je dois m'assurer qu'elle est à vous : connectez-vous à votre compte et "
              "écrivez-nous depuis celui-ci, ou envoyez-moi l'adresse e-mail de la commande avec son numéro.",
        "de": "Um eine Bestellung abzurufen, muss ich sicher sein, dass sie Ihnen gehört: Melden Sie sich an und schreiben "
              "Sie uns von dort, oder senden Sie mir die E-Mail-Adresse der Bestellung zusammen mit der Bestellnummer.",
        "pt": "Para consultar uma encomenda preciso de confirmar que é sua: inicie sessão e escreva-nos a partir daí, ou "
              "envie-me o e-mail usado na encomenda juntamente com o número da encomenda.",
        "it": "Per controllare un ordine devo essere sicuro che sia tuo: accedi al tuo account e scrivici da lì, oppure "
              "mandami l'email usata per l'ordine insieme al numero d'ordine.",
    },
    "oms_down": {
        "en": "I can't reach our order system right now, so I can't check your order this minute.",
        "es": "Ahora mismo no puedo acceder a nuestro sistema de pedidos.",
        "fr": "Je n'arrive pas à joindre notre système de commandes pour le moment.",
        "de": "Ich erreiche unser Bestellsystem gerade nicht.",
        "pt": "Neste momento não consigo aceder ao nosso sistema de encomendas.",
        "it": "Al momento non riesco a raggiungere il nostro sistema ordini.",
    },
    # --- scope ----------------------------------------------------------------------------------
    "out_of_scope": {
        "en": "I'm {brand}'s support assistant, so I can't help with that one. I can help with your {brand} orders, "
              "deliveries, returns, refunds, sizing and products. If you'd like a person from our team to look at your "
              "message anyway, just say so.",
        "es": "Soy el asistente de atención al cliente de {brand}, así que con eso no puedo ayudarte. Puedo ayudarte con tus "
              "pedidos, envíos, devoluciones, reembolsos, tallas y productos de {brand}. Si quieres que una persona de nuestro "
              "equipo revise tu mensaje, dímelo.",
        "fr": "Je suis l'assistant du service client de {brand}, je ne peux donc pas vous aider sur ce point. Je peux vous aider "
              "pour vos commandes, livraisons, retours, remboursements, tailles et produits {brand}. Si vous souhaitez qu'une "
              "personne de notre équipe regarde votre message, dites-le-moi.",
        "de": "Ich bin der Support-Assistent von {brand}, dabei kann ich leider nicht helfen. Ich helfe Ihnen gern bei "
              "Bestellungen, Lieferungen, Rücksendungen, Erstattungen, Größen und Produkten von {brand}. Wenn sich eine "
              "Person aus unserem Team Ihre Nachricht ansehen soll, sagen Sie es einfach.",
        "pt": "Sou o assistente de apoio ao cliente da {brand}, por isso não consigo ajudar com isso. Posso ajudar com "
              "encomendas, entregas, devoluções, reembolsos, tamanhos e produtos {brand}. Se quiser que uma pessoa da nossa "
              "equipa veja a sua mensagem, diga-me.",
        "it": "Sono l'assistente clienti di {brand}, quindi non posso aiutarti con questo. Posso aiutarti con ordini, "
              "consegne, resi, rimborsi, taglie e prodotti {brand}. Se vuoi che una persona del nostro team legga il tuo "
              "messaggio, dimmelo.",
    },
    "who_answers": {
        "en": "You're chatting with Northbound's automated support assistant. I can look up your orders, deliveries, "
              "returns and refunds, sizing and products. If you'd rather talk to a person from our team, just say yes "
              "and I'll pass your conversation on.",
        "es": "Estás hablando con el asistente automático de atención de Northbound. Puedo consultar tus pedidos, "
              "envíos, devoluciones y reembolsos, tallas y productos. Si prefieres hablar con una persona de nuestro "
              "equipo, responde sí y le paso tu conversación.",
        "fr": "Vous échangez avec l'assistant automatique du service client de Northbound. Je peux consulter vos "
              "commandes, livraisons, retours et remboursements, tailles et produits. Si vous préférez parler à une "
              "personne de notre équipe, répondez oui et je lui transmets la conversation.",
        "de": "Sie schreiben mit dem automatischen Support-Assistenten von Northbound. Ich kann Ihre Bestellungen, "
              "Lieferungen, Rücksendungen und Erstattungen, Größen und Produkte nachsehen. Wenn Sie lieber mit einer "
              "Person aus unserem Team sprechen möchten, antworten Sie mit ja und ich leite das Gespräch weiter.",
        "pt": "Está a falar com o assistente automático de apoio da Northbound. Posso consultar as suas encomendas, "
              "entregas, devoluções e reembolsos, tamanhos e produtos. Se preferir falar com uma pessoa da nossa "
              "equipa, responda sim e eu passo-lhe a conversa.",
        "it": "Stai parlando con l'assistente automatico dell'assistenza Northbound. Posso controllare ordini, "
              "consegne, resi e rimborsi, taglie e prodotti. Se preferisci parlare con una persona del nostro team, "
              "rispondi sì e le passo la conversazione.",
    },
    "feedback_disappointment": {
        "en": "I'm sorry to hear that, and thank you for telling us. If it's about a particular order or item, tell me "
              "which one and I'll look into it with you. If you'd like a person from our team to follow up, just say so.",
        "es": "Siento oír eso, y gracias por contárnoslo. Si es sobre un pedido o un artículo concreto, dime cuál y lo "
              "revisamos juntos. Si quieres que una persona de nuestro equipo te responda, dímelo.",
        "fr": "Je suis désolé de l'apprendre, et merci de nous l'avoir dit. Si cela concerne une commande ou un article "
              "précis, dites-moi lequel et je regarde avec vous. Si vous souhaitez qu'une personne de notre équipe vous "
              "réponde, dites-le-moi.",
        "de": "Das tut mir leid, und danke, dass Sie es uns sagen. Geht es um eine bestimmte Bestellung oder einen Artikel, "
              "nennen Sie ihn mir und ich sehe es mir mit Ihnen an. Soll sich eine Person aus unserem Team melden, sagen "
              "Sie es einfach.",
        "pt": "Lamento saber disso, e obrigado por nos contar. Se for sobre um pedido ou artigo em particular, diga-me "
              "qual e vejo consigo. Se quiser que uma pessoa da nossa equipa responda, é só dizer.",
        "it": "Mi dispiace saperlo, e grazie per avercelo detto. Se riguarda un ordine o un articolo in particolare, "
              "dimmi quale e lo vediamo insieme. Se vuoi che una persona del nostro team ti risponda, dimmelo.",
    },
    "feedback_suggestion": {
        "en": "Thank you for the suggestion! I can't make that change myself, but if you'd like a person from our team "
              "to see it, just say so and I'll pass it on.",
        "es": "¡Gracias por la sugerencia! No puedo hacer ese cambio yo mismo, pero si quieres que la vea una persona de "
              "nuestro equipo, dímelo y se la paso.",
        "fr": "Merci pour la suggestion ! Je ne peux pas faire ce changement moi-même, mais si vous souhaitez qu'une "
              "personne de notre équipe la voie, dites-le-moi et je la lui transmets.",
        "de": "Danke für den Vorschlag! Ich kann das nicht selbst ändern, aber wenn eine Person aus unserem Team ihn sehen "
              "soll, sagen Sie es und ich gebe ihn weiter.",
        "pt": "Obrigado pela sugestão! Não posso fazer essa alteração eu mesmo, mas se quiser que uma pessoa da nossa "
              "equipa a veja, é só dizer e eu passo-a.",
        "it": "Grazie per il suggerimento! Non posso fare io questa modifica, ma se vuoi che lo veda una persona del "
              "nostro team, dimmelo e glielo passo.",
    },
    "pending_still_waits": {
        "en": "What I proposed above for order {order} still stands: reply yes to go ahead, or no to leave the order as "
              "it is.",
        "es": "Lo que te propuse arriba para el pedido {order} sigue en pie: responde sí para seguir adelante, o no para "
              "dejar el pedido como está.",
        "fr": "Ce que je vous ai proposé plus haut pour la commande {order} tient toujours : répondez oui pour continuer, "
              "ou non pour laisser la commande telle quelle.",
        "de": "Mein Vorschlag oben für die Bestellung {order} gilt weiterhin: Antworten Sie mit Ja, um fortzufahren, oder "
              "mit Nein, um die Bestellung so zu lassen.",
        "pt": "O que lhe propus acima para a encomenda {order} mantém-se: responda sim para avançar, ou não para deixar "
              "a encomenda como está.",
        "it": "Quello che ti ho proposto sopra per l'ordine {order} è ancora valido: rispondi sì per procedere, o no per "
              "lasciare l'ordine com'è.",
    },
    "thanks_back": {
        "en": "Thank you so much for taking the time to write to us, that's lovely to hear! If there's ever anything we can "
              "help with, just message us here.",
        "es": "¡Muchas gracias por escribirnos, nos alegra mucho! Si alguna vez necesitas algo, escríbenos aquí.",
        "fr": "Merci beaucoup d'avoir pris le temps de nous écrire, ça fait plaisir ! Si vous avez besoin de quoi que ce "
              "soit, écrivez-nous ici.",
        "de": "Vielen Dank für Ihre Nachricht, das freut uns sehr! Wenn wir einmal helfen können, schreiben Sie uns einfach hier.",
        "pt": "Muito obrigado por nos escrever, é ótimo saber! Se precisar de alguma coisa, escreva-nos aqui.",
        "it": "Grazie mille per averci scritto, fa molto piacere! Se hai bisogno di qualcosa, scrivici qui.",
    },
    "if_it_happened": {
        "en": "If this has happened with one of your orders, tell me and I'll pass it to a teammate who can sort it out.",
        "es": "Si te ha pasado con alguno de tus pedidos, dímelo y se lo paso a una persona del equipo para que lo resuelva.",
        "fr": "Si c'est arrivé avec l'une de vos commandes, dites-le-moi et je transmets à une personne de l'équipe qui "
              "s'en occupera.",
        "de": "Wenn das bei einer Ihrer Bestellungen passiert ist, sagen Sie es mir, und ich gebe es an eine Person aus "
              "unserem Team weiter, die sich darum kümmert.",
        "pt": "Se isto aconteceu com uma das suas encomendas, diga-me e passo a uma pessoa da equipa que o resolverá.",
        "it": "Se è successo con uno dei tuoi ordini, dimmelo e lo passo a una persona del team che se ne occuperà.",
    },
    "payment_not_accepted": {  # {method}: a way to pay the help center's list of accepted ones does not name
        "en": "{method} isn't one of the ways to pay we accept.",
        "es": "{method} no es una de las formas de pago que aceptamos.",
        "fr": "{method} ne fait pas partie des moyens de paiement que nous acceptons.",
        "de": "{method} gehört nicht zu den Zahlungsarten, die wir akzeptieren.",
        "pt": "{method} não é uma das formas de pagamento que aceitamos.",
        "it": "{method} non è tra i metodi di pagamento che accettiamo.",
    },
    "site_trouble": {
        "en": "I'm sorry the site is giving you trouble. Reloading the page, or trying another browser or device, often "
              "gets past it. If it keeps happening, I can pass it to our team: tell me which page it is and any error "
              "message you see.",
        "es": "Siento que la web te esté dando problemas. Recargar la página, o probar con otro navegador o dispositivo, "
              "suele solucionarlo. Si sigue pasando, puedo pasárselo a nuestro equipo: dime en qué página ocurre y qué "
              "mensaje de error ves.",
        "fr": "Désolé que le site vous pose problème. Recharger la page, ou essayer un autre navigateur ou appareil, "
              "suffit souvent. Si cela continue, je peux transmettre le problème à notre équipe : dites-moi sur quelle "
              "page cela se produit et le message d'erreur affiché.",
        "de": "Es tut mir leid, dass die Website Probleme macht. Die Seite neu zu laden oder einen anderen Browser oder "
              "ein anderes Gerät zu verwenden, hilft oft. Wenn es weiter passiert, gebe ich es an unser Team weiter: "
              "Sagen Sie mir, auf welcher Seite es auftritt und welche Fehlermeldung Sie sehen.",
        "pt": "Lamento que o site esteja a dar problemas. Recarregar a página, ou experimentar outro navegador ou "
              "dispositivo, costuma resolver. Se continuar, posso passar o problema à nossa equipa: diga-me em que "
              "página acontece e que mensagem de erro aparece.",
        "it": "Mi dispiace che il sito ti stia dando problemi. Ricaricare la pagina, o provare un altro browser o "
              "dispositivo, spesso risolve. Se continua, posso passarlo al nostro team: dimmi in quale pagina succede "
              "e quale messaggio di errore vedi.",
    },
    # the site still failing after the ways past it were tried ("I've tried two different browsers.")
    "site_trouble_goes_on": {
        "en": "Thanks for trying that. As it still isn't working, our team should look into it: just say yes and I'll pass "
              "it to them with this conversation, and tell me the page and any error message you see if you can.",
        "es": "Gracias por probarlo. Como sigue sin funcionar, conviene que lo revise nuestro equipo: responde que sí y se "
              "lo paso con esta conversación, y dime, si puedes, la página y el mensaje de error que ves.",
        "fr": "Merci d'avoir essayé. Comme cela ne fonctionne toujours pas, notre équipe doit s'en occuper : répondez oui "
              "et je lui transmets cette conversation, et indiquez-moi si possible la page et le message d'erreur affiché.",
        "de": "Danke, dass Sie das versucht haben. Da es weiterhin nicht funktioniert, sollte sich unser Team das ansehen: "
              "Antworten Sie mit Ja, dann gebe ich es mit diesem Gespräch weiter, und nennen Sie mir wenn möglich die "
              "Seite und die Fehlermeldung.",
        "pt": "Obrigado por experimentar. Como continua sem funcionar, a nossa equipa deve ver isto: responda que sim e "
              "passo-lhe esta conversa, e diga-me, se puder, a página e a mensagem de erro que aparece.",
        "it": "Grazie per aver provato. Visto che continua a non funzionare, conviene che se ne occupi il nostro team: "
              "rispondi sì e gli passo questa conversazione, e se puoi dimmi la pagina e il messaggio di errore che vedi.",
    },
    "not_in_help_center": {
        "en": "I don't have reliable information about that in our help center, and I'd rather not guess. If you'd like, "
              "I can pass your question to a person on our team who can check and reply to you.",
        "es": "No tengo información fiable sobre eso en nuestro centro de ayuda y prefiero no adivinar. Si quieres, puedo "
              "pasar tu pregunta a una persona de nuestro equipo para que lo compruebe y te responda.",
        "fr": "Je n'ai pas d'information fiable à ce sujet dans notre centre d'aide et je préfère ne pas deviner. Si vous "
              "voulez, je peux transmettre votre question à une personne de notre équipe qui vérifiera et vous répondra.",
        "de": "Dazu habe ich in unserem Hilfe-Center keine verlässlichen Informationen, und ich möchte nicht raten. Wenn Sie "
              "möchten, gebe ich Ihre Frage an eine Person aus unserem Team weiter, die das prüft und Ihnen antwortet.",
        "pt": "Não tenho informação fiável sobre isso na nossa central de ajuda e prefiro não adivinhar. Se quiser, posso "
              "passar a sua pergunta a uma pessoa da nossa equipa, que verificará e lhe responderá.",
        "it": "Non ho informazioni affidabili su questo nel nostro centro assistenza e preferisco non tirare a indovinare. "
              "Se vuoi, posso passare la tua domanda a una persona del nostro team che verificherà e ti risponderà.",
    },
    "languages_we_write": {  # said in English: the customer's language is none of ours
        "en": "I can only read and write English, Spanish, French, German, Portuguese and Italian, so I haven't "
              "tried to answer your message myself.",
    },
    "handed_off": {
        "en": "I've passed your conversation to a member of our support team (case #{id}). They can see everything "
              "you've told me, so you won't need to repeat yourself, and they'll reply here or by email as soon as possible.",
        "es": "He pasado tu conversación a una persona de nuestro equipo de atención (caso n.º {id}). Verá todo lo que me "
              "has contado, así que no tendrás que repetirlo, y te responderá aquí o por correo lo antes posible.",
        "fr": "J'ai transmis votre conversation à un membre de notre équipe (dossier n° {id}). Il voit tout ce que vous "
              "m'avez dit, vous n'aurez donc rien à répéter, et vous répondra ici ou par e-mail dès que possible.",
        "de": "Ich habe Ihr Gespräch an eine Person aus unserem Support-Team übergeben (Fall Nr. {id}). Sie sieht alles, "
              "was Sie mir geschrieben haben, Sie müssen also nichts wiederholen, und antwortet hier oder per E-Mail so bald wie möglich.",
        "pt": "Passei a sua conversa a um membro da nossa equipa de apoio (caso n.º {id}). Verá tudo o que me disse, por "
              "isso não terá de repetir nada, e responderá aqui ou por e-mail o mais depressa possível.",
        "it": "Ho passato la tua conversazione a una persona del nostro team di assistenza (caso n. {id}). Vedrà tutto "
              "quello che mi hai scritto, quindi non dovrai ripeterlo, e ti risponderà qui o via email il prima possibile.",
    },
    "still_with_team": {
        "en": "Thanks — I've added this to your case #{id}. A member of our team has your full conversation and "
              "will reply to you directly; I won't try to answer for them in the meantime.",
        "es": "Gracias, lo he añadido a tu caso n.º {id}. Una persona de nuestro equipo tiene toda la conversación y te "
              "responderá directamente.",
        "fr": "Merci, je l'ai ajouté à votre dossier n° {id}. Un membre de notre équipe a toute la conversation et vous "
              "répondra directement.",
        "de": "Danke, ich habe das zu Ihrem Fall Nr. {id} hinzugefügt. Eine Person aus unserem Team hat das ganze "
              "Gespräch und antwortet Ihnen direkt.",
        "pt": "Obrigado, acrescentei isto ao seu caso n.º {id}. Um membro da nossa equipa tem a conversa completa e vai "
              "responder-lhe diretamente.",
        "it": "Grazie, l'ho aggiunto al tuo caso n. {id}. Una persona del nostro team ha tutta la conversazione e ti "
              "risponderà direttamente.",
    },
    "request_taken_back": {  # "actually never mind, keep it": nothing done, nothing left open
        "en": "No problem, I'll leave it there. If anything else comes up, just message us here.",
        "es": "No pasa nada, lo dejamos aquí. Si necesitas algo más, escríbenos por aquí.",
        "fr": "Pas de souci, on en reste là. Si vous avez besoin d'autre chose, écrivez-nous ici.",
        "de": "Kein Problem, dann lassen wir es dabei. Wenn noch etwas ist, schreiben Sie uns einfach hier.",
        "pt": "Não há problema, fica por aqui. Se precisar de mais alguma coisa, escreva-nos aqui.",
        "it": "Nessun problema, lasciamo stare. Se ti serve altro, scrivici pure qui.",
    },
    "you_are_welcome": {
        "en": "You're welcome! If anything else comes up, just message us here.",
        "es": "¡De nada! Si necesitas algo más, escríbenos aquí.",
        "fr": "Avec plaisir ! Si vous avez besoin d'autre chose, écrivez-nous ici.",
        "de": "Gern geschehen! Wenn noch etwas ist, schreiben Sie uns einfach hier.",
        "pt": "De nada! Se precisar de mais alguma coisa, escreva-nos aqui.",
        "it": "Prego! Se hai bisogno di altro, scrivici qui.",
    },
    # a return label that does not work, expired or never came (offline/drafting.py: _label_trouble_section)
    "label_trouble_person": {
        "en": "If the label has expired, got lost or still won't work, tell me and I'll pass you to a teammate who can "
              "send you a new one.",
        "es": "Si la etiqueta ha caducado, se ha perdido o sigue sin funcionar, dímelo y te paso con una persona del "
              "equipo que puede enviarte una nueva.",
        "fr": "Si l'étiquette a expiré, a été perdue ou ne fonctionne toujours pas, dites-le-moi et je vous mets en "
              "relation avec une personne de l'équipe qui peut vous en envoyer une nouvelle.",
        "de": "Wenn das Etikett abgelaufen, verloren gegangen ist oder immer noch nicht funktioniert, sagen Sie es mir, "
              "und ich gebe Sie an eine Kollegin oder einen Kollegen weiter, die Ihnen ein neues schicken können.",
        "pt": "Se a etiqueta expirou, se perdeu ou continua sem funcionar, diga-me e passo-o a uma pessoa da equipa que "
              "lhe pode enviar uma nova.",
        "it": "Se l'etichetta è scaduta, è andata persa o continua a non funzionare, dimmelo e ti passo a una persona del "
              "team che può inviartene una nuova.",
    },
    # a goodbye while a proposed order action still waits for the customer's yes: it has not been done
    "still_waiting_for_yes": {
        "en": "Just so you know, nothing has been done on order {order} yet: if you'd like me to go ahead with what I "
              "proposed, reply yes.",
        "es": "Para que lo sepas, todavía no he hecho nada en el pedido {order}: si quieres que siga adelante con lo que "
              "te propuse, responde sí.",
        "fr": "Pour information, rien n'a encore été fait sur la commande {order} : si vous voulez que je fasse ce que je "
              "vous ai proposé, répondez oui.",
        "de": "Nur zur Info: An der Bestellung {order} wurde noch nichts geändert. Wenn ich das Vorgeschlagene erledigen "
              "soll, antworten Sie mit ja.",
        "pt": "Só para saber: ainda não foi feito nada na encomenda {order}. Se quiser que eu avance com o que propus, "
              "responda sim.",
        "it": "Solo per informarti: sull'ordine {order} non è stato ancora fatto nulla. Se vuoi che proceda con quanto "
              "proposto, rispondi sì.",
    },
    "what_about": {
        "en": "Of course, I'm happy to help. What is it about? For example where an order is, a delivery, a return "
              "or refund, sizing or a product. If it's about an order, its number helps me find it.",
        "es": "Claro, con gusto te ayudo. ¿De qué se trata? Por ejemplo, dónde está un pedido, un envío, una devolución "
              "o un reembolso, las tallas o un producto. Si es sobre un pedido, su número me ayuda a encontrarlo.",
        "fr": "Bien sûr, avec plaisir. De quoi s'agit-il ? Par exemple, où en est une commande, une livraison, un retour "
              "ou un remboursement, les tailles ou un produit. S'il s'agit d'une commande, son numéro m'aide à la "
              "retrouver.",
        "de": "Gern helfe ich Ihnen. Worum geht es? Zum Beispiel darum, wo eine Bestellung ist, um eine Lieferung, eine "
              "Rücksendung oder Erstattung, Größen oder ein Produkt. Geht es um eine Bestellung, hilft mir ihre Nummer.",
        "pt": "Claro, com todo o gosto. Do que se trata? Por exemplo, onde está uma encomenda, uma entrega, uma devolução "
              "ou um reembolso, tamanhos ou um produto. Se for sobre uma encomenda, o número dela ajuda-me a encontrá-la.",
        "it": "Certo, volentieri. Di cosa si tratta? Per esempio dove si trova un ordine, una consegna, un reso o un "
              "rimborso, le taglie o un prodotto. Se riguarda un ordine, il suo numero mi aiuta a trovarlo.",
    },
    "take_your_time": {
        "en": "Of course, take your time. I'm here when you're ready.",
        "es": "Claro, tómate tu tiempo. Aquí estoy cuando quieras.",
        "fr": "Bien sûr, prenez votre temps. Je suis là quand vous êtes prêt.",
        "de": "Natürlich, lassen Sie sich Zeit. Ich bin da, wenn Sie so weit sind.",
        "pt": "Claro, não tenha pressa. Estou aqui quando estiver pronto.",
        "it": "Certo, fai con calma. Sono qui quando sei pronto.",
    },
    "nothing_pending": {
        "en": "There's nothing waiting for your confirmation right now. What would you like me to help with?",
        "es": "Ahora mismo no hay nada pendiente de tu confirmación. ¿En qué te puedo ayudar?",
        "fr": "Rien n'attend votre confirmation pour le moment. Que puis-je faire pour vous ?",
        "de": "Gerade wartet nichts auf Ihre Bestätigung. Wobei kann ich Ihnen helfen?",
        "pt": "Neste momento não há nada à espera da sua confirmação. Em que posso ajudar?",
        "it": "Al momento non c'è nulla in attesa della tua conferma. Come posso aiutarti?",
    },
    "which_order": {
        "en": "Happy to help with your order. Your most recent orders are {orders}. Which one is it about, and what would you like to do?",
        "es": "Con gusto te ayudo con tu pedido. Tus pedidos más recientes son {orders}. ¿De cuál se trata y qué necesitas?",
        "fr": "Avec plaisir. Vos commandes les plus récentes sont {orders}. Laquelle est concernée, et que souhaitez-vous faire ?",
        "de": "Gern helfe ich Ihnen. Ihre letzten Bestellungen sind {orders}. Um welche geht es, und was möchten Sie tun?",
        "pt": "Com todo o gosto. As suas encomendas mais recentes são {orders}. De qual se trata e o que pretende?",
        "it": "Volentieri. I tuoi ordini più recenti sono {orders}. Di quale si tratta e cosa desideri fare?",
    },
    "earlier_case_open": {
        "en": "Welcome back! Your earlier case #{id} is still with our support team; they'll reply to you about it directly.",
        "es": "¡Hola de nuevo! Tu caso anterior n.º {id} sigue con nuestro equipo de atención; te responderán directamente.",
        "fr": "Bon retour ! Votre dossier précédent n° {id} est toujours entre les mains de notre équipe ; elle vous répondra directement.",
        "de": "Willkommen zurück! Ihr früherer Fall Nr. {id} liegt noch bei unserem Support-Team; es antwortet Ihnen direkt.",
        "pt": "Bem-vindo de volta! O seu caso anterior n.º {id} continua com a nossa equipa de apoio; vão responder-lhe diretamente.",
        "it": "Bentornato! Il tuo caso precedente n. {id} è ancora in mano al nostro team di assistenza; ti risponderanno direttamente.",
    },
    "earlier_case_claimed": {
        "en": "Welcome back! A member of our team is working on your earlier case #{id} and will reply to you about it directly.",
        "es": "¡Hola de nuevo! Una persona de nuestro equipo está trabajando en tu caso anterior n.º {id} y te responderá directamente.",
        "fr": "Bon retour ! Un membre de notre équipe traite votre dossier précédent n° {id} et vous répondra directement.",
        "de": "Willkommen zurück! Eine Person aus unserem Team bearbeitet Ihren früheren Fall Nr. {id} und antwortet Ihnen direkt.",
        "pt": "Bem-vindo de volta! Um membro da nossa equipa está a tratar do seu caso anterior n.º {id} e vai responder-lhe diretamente.",
        "it": "Bentornato! Una persona del nostro team sta lavorando al tuo caso precedente n. {id} e ti risponderà direttamente.",
    },
    "earlier_case_resolved": {
        "en": "Welcome back! Our team resolved your earlier case #{id}. If this is about the same issue, just say so.",
        "es": "¡Hola de nuevo! Nuestro equipo resolvió tu caso anterior n.º {id}. Si es sobre el mismo tema, dímelo.",
        "fr": "Bon retour ! Notre équipe a résolu votre dossier précédent n° {id}. S'il s'agit du même problème, dites-le-moi.",
        "de": "Willkommen zurück! Unser Team hat Ihren früheren Fall Nr. {id} gelöst. Wenn es um dasselbe Anliegen geht, sagen Sie es einfach.",
        "pt": "Bem-vindo de volta! A nossa equipa resolveu o seu caso anterior n.º {id}. Se for sobre o mesmo assunto, diga-me.",
        "it": "Bentornato! Il nostro team ha risolto il tuo caso precedente n. {id}. Se si tratta dello stesso problema, dimmelo.",
    },
    "earlier_case_refunded": {
        "en": "Welcome back! Our team resolved your earlier case #{id} with a refund. If this is about the same issue, just say so.",
        "es": "¡Hola de nuevo! Nuestro equipo resolvió tu caso anterior n.º {id} con un reembolso. Si es sobre el mismo tema, dímelo.",
        "fr": "Bon retour ! Notre équipe a résolu votre dossier précédent n° {id} par un remboursement. S'il s'agit du même problème, dites-le-moi.",
        "de": "Willkommen zurück! Unser Team hat Ihren früheren Fall Nr. {id} mit einer Erstattung gelöst. Wenn es um dasselbe Anliegen geht, sagen Sie es einfach.",
        "pt": "Bem-vindo de volta! A nossa equipa resolveu o seu caso anterior n.º {id} com um reembolso. Se for sobre o mesmo assunto, diga-me.",
        "it": "Bentornato! Il nostro team ha risolto il tuo caso precedente n. {id} con un rimborso. Se si tratta dello stesso problema, dimmelo.",
    },
    "earlier_case_replaced": {
        "en": "Welcome back! Our team resolved your earlier case #{id} with a replacement. If this is about the same issue, just say so.",
        "es": "¡Hola de nuevo! Nuestro equipo resolvió tu caso anterior n.º {id} con un reemplazo. Si es sobre el mismo tema, dímelo.",
        "fr": "Bon retour ! Notre équipe a résolu votre dossier précédent n° {id} par un remplacement. S'il s'agit du même problème, dites-le-moi.",
        "de": "Willkommen zurück! Unser Team hat Ihren früheren Fall Nr. {id} mit einem Ersatz gelöst. Wenn es um dasselbe Anliegen geht, sagen Sie es einfach.",
        "pt": "Bem-vindo de volta! A nossa equipa resolveu o seu caso anterior n.º {id} com uma substituição. Se for sobre o mesmo assunto, diga-me.",
        "it": "Bentornato! Il nostro team ha risolto il tuo caso precedente n. {id} con una sostituzione. Se si tratta dello stesso problema, dimmelo.",
    },
}


# Where an order stands, in a word or two, for a list of the customer's orders ("NB109419, December 4, 2026, on its way").
_ORDER_STATES = {
    "en": {"pending": "not shipped yet", "processing": "being prepared", "processed": "being prepared",
           "shipped": "shipped", "in_transit": "on its way", "delivered": "delivered", "cancelled": "cancelled",
           "returned": "returned", "lost": "lost by the carrier"},
    "es": {"pending": "aún sin enviar", "processing": "en preparación", "processed": "en preparación",
           "shipped": "enviado", "in_transit": "en camino", "delivered": "entregado", "cancelled": "cancelado",
           "returned": "devuelto", "lost": "perdido por el transportista"},
    "fr": {"pending": "pas encore expédiée", "processing": "en préparation", "processed": "en préparation",
           "shipped": "expédiée", "in_transit": "en route", "delivered": "livrée", "cancelled": "annulée",
           "returned": "retournée", "lost": "perdue par le transporteur"},
    "de": {"pending": "noch nicht versandt", "processing": "in Vorbereitung", "processed": "in Vorbereitung",
           "shipped": "versandt", "in_transit": "unterwegs", "delivered": "zugestellt", "cancelled": "storniert",
           "returned": "zurückgesendet", "lost": "vom Versanddienst verloren"},
    "pt": {"pending": "ainda não enviada", "processing": "em preparação", "processed": "em preparação",
           "shipped": "enviada", "in_transit": "a caminho", "delivered": "entregue", "cancelled": "cancelada",
           "returned": "devolvida", "lost": "perdida pela transportadora"},
    "it": {"pending": "non ancora spedito", "processing": "in preparazione", "processed": "in preparazione",
           "shipped": "spedito", "in_transit": "in viaggio", "delivered": "consegnato", "cancelled": "annullato",
           "returned": "reso", "lost": "perso dal corriere"},
}


def language_of(code: str | None) -> str:
    return code if code in LANGUAGES else "en"


def say(key: str, language: str | None = "en", **slots: object) -> str:
    """The phrase `key` in `language` (English when missing), with its {slots} filled."""
    variants = PHRASES[key]
    template = variants.get(language_of(language)) or variants["en"]
    return template.format(**slots)


def long_date(value: object, language: str | None = "en") -> str:
    """'March 3, 2026' in English, '3 de marzo de 2026' in Spanish, … ; unparseable text is returned as is."""
    if isinstance(value, datetime | date):
        day = value
    else:
        try:
            day = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    lang = language_of(language)
    month = _MONTHS[lang].split()[day.month - 1]
    if lang == "en":
        return f"{month} {day.day}, {day.year}"
    if lang in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def order_state(status: object, language: str | None = "en") -> str | None:
    """Where an order stands in `language` ("on its way", "en camino"); None for a status with no word."""
    states = _ORDER_STATES.get(language_of(language), _ORDER_STATES["en"])
    return states.get(str(status or ""))
