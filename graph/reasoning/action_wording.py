"""Order actions' proposals and results in the customer's language.

Why: the order tools (tools/oms/actions/) word what they propose and what the order system did in the brand's
English, and a customer who asked in Spanish used to get those sentences behind a note saying so. The tools
also return what they said as data (`Proposal.wording`: a key and its slots, the order system's figures only),
and the order system's answer is typed (`ActionResult`): this module says the same in Spanish, French,
German, Portuguese and Italian. English keeps the tools' own sentences (None here). Free text the order
system writes itself (a return's instructions) is quoted as written, after saying it is in English.
Product names and colours are the catalogue's own words.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from graph.reasoning.phrases import long_date, say
from tools.oms.actions.base import lines_text, method_text, money, names_a_size, pieces, refund_timing
from tools.oms.actions.change_address import address_text
from tools.oms.models import ActionResult

LANGUAGES = ("es", "fr", "de", "pt", "it")

_WORDS: dict[str, dict[str, str]] = {
    "es": {"each": "a {unit} cada uno", "and": "y", "or": "o", "card": "tarjeta de crédito o débito", "gift_card": "tarjeta regalo o crédito en tienda",
           "days": "{span} días hábiles", "hours": "{span} horas",
           "current_address": "la dirección actual"},
    "fr": {"each": "à {unit} pièce", "and": "et", "or": "ou", "card": "carte de crédit ou de débit", "gift_card": "carte cadeau ou avoir",
           "days": "{span} jours ouvrés", "hours": "{span} heures",
           "current_address": "l'adresse actuelle"},
    "de": {"each": "zu je {unit}", "and": "und", "or": "oder", "card": "Kredit- oder Debitkarte", "gift_card": "Geschenkkarte oder Guthaben",
           "days": "{span} Werktagen", "hours": "{span} Stunden",
           "current_address": "der aktuellen Adresse"},
    "pt": {"each": "a {unit} cada", "and": "e", "or": "ou", "card": "cartão de crédito ou débito", "gift_card": "cartão-presente ou crédito na loja",
           "days": "{span} dias úteis", "hours": "{span} horas",
           "current_address": "a morada atual"},
    "it": {"each": "a {unit} l'uno", "and": "e", "or": "o", "card": "carta di credito o di debito", "gift_card": "carta regalo o credito del negozio",
           "days": "{span} giorni lavorativi", "hours": "{span} ore",
           "current_address": "l'indirizzo attuale"},
}

# How long a refund takes to show: the span and unit of the brand's own timing ("5-10 business days",
# "within 24 hours", data/generator/policy.py), said in the customer's words.
_SPAN = re.compile(r"(\d+(?:-\d+)?) (business days|hours)")

_PROPOSALS: dict[str, dict[str, str]] = {
    "cancel": {
        "es": "Puedo cancelar ahora el pedido {order}. Contiene: {lines}.{refund} Una vez cancelado, no se puede deshacer.",
        "fr": "Je peux annuler la commande {order} dès maintenant. Elle contient : {lines}.{refund} Une fois annulée, "
              "elle ne peut pas être rétablie.",
        "de": "Ich kann die Bestellung {order} jetzt stornieren. Sie enthält: {lines}.{refund} Eine Stornierung lässt "
              "sich nicht rückgängig machen.",
        "pt": "Posso cancelar já a encomenda {order}. Contém: {lines}.{refund} Depois de cancelada, não é possível desfazer.",
        "it": "Posso annullare subito l'ordine {order}. Contiene: {lines}.{refund} Una volta annullato, non si può "
              "tornare indietro.",
    },
    "cancel_to_change": {
        "es": "No puedo cambiar los artículos de un pedido ya hecho, pero mientras no se haya enviado puedo cancelarlo "
              "para que pidas lo que quieras. ",
        "fr": "Je ne peux pas modifier les articles d'une commande passée, mais tant qu'elle n'est pas expédiée je peux "
              "l'annuler pour que vous commandiez ce que vous voulez. ",
        "de": "Ich kann die Artikel einer aufgegebenen Bestellung nicht ändern, aber solange sie nicht versandt ist, "
              "kann ich sie stornieren, damit Sie bestellen können, was Sie möchten. ",
        "pt": "Não consigo alterar os artigos de uma encomenda já feita, mas enquanto não for enviada posso cancelá-la "
              "para encomendar o que quiser. ",
        "it": "Non posso modificare gli articoli di un ordine già fatto, ma finché non è spedito posso annullarlo così "
              "puoi ordinare ciò che vuoi. ",
    },
    "cancel_refund": {
        "es": " Recibirás un reembolso completo de {amount} en tu {methods} ({timing}).",
        "fr": " Vous serez intégralement remboursé de {amount} sur votre {methods} ({timing}).",
        "de": " Sie erhalten den vollen Betrag von {amount} auf Ihr(e) {methods} zurück ({timing}).",
        "pt": " Receberá o reembolso total de {amount} no seu {methods} ({timing}).",
        "it": " Riceverai il rimborso completo di {amount} sul tuo {methods} ({timing}).",
    },
    "change_address": {
        "es": "Puedo cambiar la dirección de envío del pedido {order} (aún no enviado) de {old} a {new}.",
        "fr": "Je peux changer l'adresse de livraison de la commande {order} (pas encore expédiée) : de {old} à {new}.",
        "de": "Ich kann die Lieferadresse der Bestellung {order} (noch nicht versandt) von {old} auf {new} ändern.",
        "pt": "Posso alterar a morada de entrega da encomenda {order} (ainda não enviada) de {old} para {new}.",
        "it": "Posso cambiare l'indirizzo di spedizione dell'ordine {order} (non ancora spedito) da {old} a {new}.",
    },
    "exchange": {
        "es": "Puedo cambiar {line} del pedido {order} por el mismo artículo en {options} (disponible). Recibirás una "
              "etiqueta prepagada para devolver el original, y el nuevo sale en cuanto el transportista escanee tu "
              "paquete; no tienes que pagar nada.",
        "fr": "Je peux échanger {line} de la commande {order} contre le même article en {options} (en stock). Vous "
              "recevrez une étiquette prépayée pour renvoyer l'original, et le nouvel article part dès que le "
              "transporteur scanne votre colis ; vous n'avez rien à payer.",
        "de": "Ich kann {line} aus der Bestellung {order} gegen denselben Artikel in {options} (vorrätig) umtauschen. "
              "Sie erhalten ein frankiertes Etikett für die Rücksendung des Originals, und der neue Artikel geht raus, "
              "sobald der Zusteller Ihr Paket scannt; Sie zahlen nichts.",
        "pt": "Posso trocar {line} da encomenda {order} pelo mesmo artigo em {options} (em stock). Receberá uma "
              "etiqueta pré-paga para devolver o original, e o novo é enviado assim que a transportadora ler o seu "
              "pacote; não tem nada a pagar.",
        "it": "Posso cambiare {line} dell'ordine {order} con lo stesso articolo in {options} (disponibile). Riceverai "
              "un'etichetta prepagata per rispedire l'originale, e il nuovo parte appena il corriere scansiona il tuo "
              "pacco; non devi pagare nulla.",
    },
    "refund": {
        "es": "Puedo reembolsar {amount} del pedido {order} en tu {methods}; suele reflejarse en {timing}.",
        "fr": "Je peux rembourser {amount} sur la commande {order}, sur votre {methods} ; le remboursement apparaît "
              "généralement sous {timing}.",
        "de": "Ich kann {amount} für die Bestellung {order} auf Ihr(e) {methods} erstatten; das ist in der Regel "
              "innerhalb von {timing} sichtbar.",
        "pt": "Posso reembolsar {amount} da encomenda {order} no seu {methods}; costuma aparecer em {timing}.",
        "it": "Posso rimborsare {amount} dell'ordine {order} sul tuo {methods}; di solito è visibile entro {timing}.",
    },
    "return": {
        "es": "Puedo iniciar una devolución del pedido {order} (entregado el {delivered}): {lines}.{final} Recibirás al "
              "momento una etiqueta de devolución prepagada e instrucciones; cuando el paquete nos llegue, te "
              "reembolsaremos el precio de {which}{fee} en tu {methods}.",
        "fr": "Je peux ouvrir un retour pour la commande {order} (livrée le {delivered}) : {lines}.{final} Vous recevrez "
              "tout de suite une étiquette de retour prépayée et les instructions ; dès que le colis nous parvient, le "
              "prix de {which}{fee} vous sera remboursé sur votre {methods}.",
        "de": "Ich kann eine Rücksendung für die Bestellung {order} (zugestellt am {delivered}) starten: {lines}.{final} "
              "Sie erhalten sofort ein frankiertes Rücksendeetikett und eine Anleitung; sobald das Paket bei uns ist, "
              "erstatten wir den Preis {which}{fee} auf Ihr(e) {methods}.",
        "pt": "Posso iniciar uma devolução da encomenda {order} (entregue a {delivered}): {lines}.{final} Recebe já uma "
              "etiqueta de devolução pré-paga e as instruções; quando o pacote nos chegar, o preço {which}{fee} será "
              "reembolsado no seu {methods}.",
        "it": "Posso avviare un reso per l'ordine {order} (consegnato il {delivered}): {lines}.{final} Riceverai subito "
              "un'etichetta di reso prepagata e le istruzioni; quando il pacco ci arriva, il prezzo {which}{fee} ti sarà "
              "rimborsato sul tuo {methods}.",
    },
    "return_which": {  # (one item, several)
        "es": "ese artículo|esos artículos", "fr": "cet article|ces articles", "de": "dieses Artikels|dieser Artikel",
        "pt": "desse artigo|desses artigos", "it": "di quell'articolo|di quegli articoli",
    },
    "return_fee": {
        "es": " menos el coste de la etiqueta de devolución de tu región",
        "fr": " moins les frais d'étiquette de retour de votre région",
        "de": " abzüglich der Gebühr für das Rücksendeetikett in Ihrer Region",
        "pt": " menos o custo da etiqueta de devolução da sua região",
        "it": " meno il costo dell'etichetta di reso della tua regione",
    },
    "final_sale": {
        "es": " {names}: venta final, se queda contigo.", "fr": " {names} : vente finale, vous le gardez.",
        "de": " {names}: Endverkauf, bleibt bei Ihnen.", "pt": " {names}: venda final, fica consigo.",
        "it": " {names}: vendita finale, resta a te.",
    },
}

_RESULTS: dict[str, dict[str, str]] = {
    "cancel": {
        "es": "Hecho: el pedido {order} está cancelado.{refunds}", "fr": "C'est fait : la commande {order} est annulée.{refunds}",
        "de": "Erledigt: Die Bestellung {order} ist storniert.{refunds}", "pt": "Feito: a encomenda {order} está cancelada.{refunds}",
        "it": "Fatto: l'ordine {order} è annullato.{refunds}",
    },
    "refunds": {
        "es": " Te he reembolsado {parts}; suele reflejarse en {timing}.",
        "fr": " Je vous ai remboursé {parts} ; cela apparaît généralement sous {timing}.",
        "de": " Ich habe {parts} erstattet; das ist in der Regel innerhalb von {timing} sichtbar.",
        "pt": " Reembolsei {parts}; costuma aparecer em {timing}.",
        "it": " Ti ho rimborsato {parts}; di solito è visibile entro {timing}.",
    },
    "refund_part": {
        "es": "{amount} en tu {method}", "fr": "{amount} sur votre {method}", "de": "{amount} auf Ihr(e) {method}",
        "pt": "{amount} no seu {method}", "it": "{amount} sul tuo {method}",
    },
    "refund": {
        "es": "Hecho:{refunds}", "fr": "C'est fait :{refunds}", "de": "Erledigt:{refunds}", "pt": "Feito:{refunds}",
        "it": "Fatto:{refunds}",
    },
    "refund_issued": {
        "es": " el reembolso está emitido.", "fr": " le remboursement est émis.", "de": " Die Erstattung ist veranlasst.",
        "pt": " o reembolso foi emitido.", "it": " il rimborso è stato emesso.",
    },
    "change_address": {
        "es": "Hecho: el pedido {order} se enviará ahora a {address}.",
        "fr": "C'est fait : la commande {order} sera désormais livrée à {address}.",
        "de": "Erledigt: Die Bestellung {order} geht jetzt an {address}.",
        "pt": "Feito: a encomenda {order} será agora enviada para {address}.",
        "it": "Fatto: l'ordine {order} verrà ora spedito a {address}.",
    },
    "return": {
        "es": "Hecho: tu devolución {id} del pedido {order} está abierta. Imprime aquí tu etiqueta prepagada: {url}\n\n"
              "{instructions}Envíala antes del {by}. Reembolso: {amount} en tu {method}.",
        "fr": "C'est fait : votre retour {id} pour la commande {order} est ouvert. Imprimez votre étiquette prépayée ici : "
              "{url}\n\n{instructions}Merci de l'envoyer avant le {by}. Remboursement : {amount} sur votre {method}.",
        "de": "Erledigt: Ihre Rücksendung {id} zur Bestellung {order} ist angelegt. Ihr frankiertes Etikett zum "
              "Ausdrucken: {url}\n\n{instructions}Bitte senden Sie sie bis zum {by} ab. Erstattung: {amount} auf Ihr(e) "
              "{method}.",
        "pt": "Feito: a sua devolução {id} da encomenda {order} está aberta. Imprima aqui a etiqueta pré-paga: {url}\n\n"
              "{instructions}Envie-a até {by}. Reembolso: {amount} no seu {method}.",
        "it": "Fatto: il tuo reso {id} per l'ordine {order} è aperto. Stampa qui l'etichetta prepagata: {url}\n\n"
              "{instructions}Spediscilo entro il {by}. Rimborso: {amount} sul tuo {method}.",
    },
    "exchange": {
        "es": "Hecho: el cambio {id} del pedido {order} está abierto: recibirás {options}.\n\n{instructions}",
        "fr": "C'est fait : l'échange {id} pour la commande {order} est ouvert : vous recevrez {options}.\n\n{instructions}",
        "de": "Erledigt: Der Umtausch {id} zur Bestellung {order} ist angelegt: Sie erhalten {options}.\n\n{instructions}",
        "pt": "Feito: a troca {id} da encomenda {order} está aberta: vai receber {options}.\n\n{instructions}",
        "it": "Fatto: il cambio {id} per l'ordine {order} è aperto: riceverai {options}.\n\n{instructions}",
    },
    "instructions": {  # the order system's own text, quoted in English
        "es": "Instrucciones del sistema de pedidos (en inglés): {text}\n\n",
        "fr": "Instructions du système de commandes (en anglais) : {text}\n\n",
        "de": "Hinweise des Bestellsystems (auf Englisch): {text}\n\n",
        "pt": "Instruções do sistema de encomendas (em inglês): {text}\n\n",
        "it": "Istruzioni del sistema ordini (in inglese): {text}\n\n",
    },
}


def _word(language: str, key: str, **slots: object) -> str:
    return _WORDS[language][key].format(**slots)


def options_words(options: dict[str, Any], language: str) -> str:
    """{'size': 'M', 'color': 'navy'} -> 'talla M, navy' (sizes first, as the tools write them)."""
    ordered = sorted((options or {}).items(), key=lambda kv: kv[0] != "size")
    return ", ".join(say("catalogue_size", language, size=value) if key == "size" and not names_a_size(value)
                     else str(value) for key, value in ordered)


def line_words(line: dict[str, Any], language: str) -> str:
    """'1 × Tee (talla M, navy)'."""
    options = options_words(line.get("options") or {}, language)
    return f"{int(line.get('quantity') or 1)} × {line['product_name']}" + (f" ({options})" if options else "")


def lines_words(lines: list[dict[str, Any]], language: str) -> str:
    """'1 × Tee (talla M), $25.00; 2 × Shoe (talla 7) a $138.00 cada uno': only the order system's prices
    (English: the tools' own `lines_text`)."""
    if language not in LANGUAGES:
        return lines_text(lines)
    parts = []
    for line in lines:
        named, unit = line_words(line, language), money(Decimal(str(line.get("unit_price") or 0)))
        several = int(line.get("quantity") or 1) > 1
        parts.append(f"{named} {_word(language, 'each', unit=unit)}" if several else f"{named}, {unit}")
    return "; ".join(parts)


def method_words(method: str | None, language: str) -> str:
    """'card:visa:4242' -> 'tarjeta Visa terminada en 4242'; a wallet keeps its own name (English: the tools'
    own `method_text`)."""
    if not method:
        return say("original_payment_method", language)
    if language not in LANGUAGES:
        return method_text(method)
    parts = method.split(":")
    if parts[0] == "card":
        if len(parts) > 2:
            return say("card_ending", language, brand=parts[1].title(), last4=parts[2])
        return _word(language, "card")
    if parts[0] == "gift_card":
        return _word(language, "gift_card")
    return method_text(method)  # a wallet's own name (PayPal, Klarna, Apple Pay)


def methods_words(methods: list[str], language: str) -> str:
    """'Visa card ending 4242 and PayPal', in the customer's language."""
    if not methods:
        return say("original_payment_method", language)
    joiner = _word(language, "and") if language in LANGUAGES else "and"
    return f" {joiner} ".join(method_words(m, language) for m in methods)


def timing_words(method: str | None, language: str) -> str:
    """How long until a refund to this method shows: '5-10 días hábiles', '24 heures'."""
    found = _SPAN.search(refund_timing(method or "card"))
    span, unit = found.groups() if found else ("5-10", "business days")
    return _word(language, "days" if unit == "business days" else "hours", span=span)


def _say(table: dict[str, dict[str, str]], key: str, language: str, **slots: object) -> str:
    return table[key][language].format(**slots)


def proposal_text(wording: dict[str, Any] | None, language: str | None) -> str | None:
    """A tool's proposal in the customer's language, or None (English, or nothing to say it from)."""
    if language not in LANGUAGES or not wording or wording.get("key") not in _PROPOSALS:
        return None
    key, order = wording["key"], wording.get("order")
    if key == "cancel":
        refund = ""
        if wording.get("refund"):
            refund = _say(_PROPOSALS, "cancel_refund", language, amount=money(Decimal(wording["refund"])),
                          methods=methods_words(wording.get("methods") or [], language),
                          timing=timing_words(wording.get("timing"), language))
        lead = _say(_PROPOSALS, "cancel_to_change", language) if wording.get("to_change") else ""
        return lead + _say(_PROPOSALS, key, language, order=order, lines=lines_words(wording.get("lines") or [], language),
                           refund=refund)
    if key == "change_address":
        old = address_text(wording.get("from") or {}) or _word(language, "current_address")
        return _say(_PROPOSALS, key, language, order=order, old=old, new=address_text(wording.get("to") or {}))
    if key == "exchange":
        return _say(_PROPOSALS, key, language, order=order, line=line_words(wording["line"], language),
                    options=options_words(wording.get("options") or {}, language))
    if key == "refund":
        return _say(_PROPOSALS, key, language, order=order, amount=money(Decimal(wording["refund"])),
                    methods=methods_words(wording.get("methods") or [], language),
                    timing=timing_words(wording.get("timing"), language))
    lines = wording.get("lines") or []
    one, several = _PROPOSALS["return_which"][language].split("|")
    final = wording.get("final_sale") or []
    return _say(
        _PROPOSALS, "return", language, order=order, delivered=long_date(wording.get("delivered"), language),
        lines=lines_words(lines, language),
        final=_say(_PROPOSALS, "final_sale", language, names=", ".join(final)) if final else "",
        which=one if pieces(lines) == 1 else several,
        fee=_say(_PROPOSALS, "return_fee", language) if wording.get("label_fee") else "",
        methods=methods_words(wording.get("methods") or [], language),
    )


def _refunds(result: ActionResult, language: str) -> str:
    if not result.refunds:
        return ""
    parts = [_say(_RESULTS, "refund_part", language, amount=money(r.amount), method=method_words(r.method, language))
             for r in result.refunds]
    return _say(_RESULTS, "refunds", language, parts=f" {_word(language, 'and')} ".join(parts),
                timing=timing_words(result.refunds[0].method, language))


def result_text(result: ActionResult, language: str | None) -> str | None:
    """What the order system did, in the customer's language, or None (English, or an answer without the
    details to say it from)."""
    if language not in LANGUAGES:
        return None
    order = result.order_id
    if result.action == "cancel":
        return _say(_RESULTS, "cancel", language, order=order, refunds=_refunds(result, language))
    if result.action == "refund":
        refunds = _refunds(result, language) or _say(_RESULTS, "refund_issued", language)
        return _say(_RESULTS, "refund", language, refunds=refunds)
    if result.action == "change_address" and result.address:
        return _say(_RESULTS, "change_address", language, order=order, address=address_text(result.address))
    if result.action == "return" and result.return_info:
        info = result.return_info
        return _say(_RESULTS, "return", language, id=info.return_id, order=order, url=info.label_url,
                    instructions=_say(_RESULTS, "instructions", language, text=info.instructions),
                    by=long_date(info.return_by, language), amount=money(info.refund_amount),
                    method=method_words(info.refund_method, language))
    if result.action == "exchange" and result.exchange:
        info = result.exchange
        return _say(_RESULTS, "exchange", language, id=info.exchange_id, order=order,
                    options=options_words(info.to_options, language),
                    instructions=_say(_RESULTS, "instructions", language, text=info.instructions).strip())
    return None


_REFUSALS: dict[str, dict[str, str]] = {
    "already_cancelled": {
        "es": "El pedido {order} ya está cancelado.", "fr": "La commande {order} est déjà annulée.",
        "de": "Die Bestellung {order} ist bereits storniert.", "pt": "A encomenda {order} já está cancelada.",
        "it": "L'ordine {order} è già annullato.",
    },
    "cancel_delivered": {
        "es": "El pedido {order} ya se entregó, así que ya no se puede cancelar, pero puedes devolverlo{window}. Solo "
              "dime que quieres devolverlo y lo preparo.",
        "fr": "La commande {order} a déjà été livrée : elle ne peut plus être annulée, mais vous pouvez la "
              "retourner{window}. Dites-moi simplement que vous souhaitez la retourner et je m'en occupe.",
        "de": "Die Bestellung {order} wurde bereits zugestellt und kann nicht mehr storniert werden, aber Sie können "
              "sie{window} zurücksenden. Sagen Sie mir einfach, dass Sie sie zurücksenden möchten, dann richte ich das ein.",
        "pt": "A encomenda {order} já foi entregue, por isso já não pode ser cancelada, mas pode devolvê-la{window}. "
              "Diga-me só que a quer devolver e eu trato disso.",
        "it": "L'ordine {order} è già stato consegnato, quindi non si può più annullare, ma puoi restituirlo{window}. "
              "Dimmi solo che vuoi restituirlo e lo preparo io.",
    },
    "cancel_delivered_returned": {
        "es": "El pedido {order} ya se entregó, así que no se puede cancelar, y sus artículos ya tienen una devolución, "
              "un cambio o un reembolso en curso.",
        "fr": "La commande {order} a déjà été livrée : elle ne peut pas être annulée, et ses articles ont déjà un "
              "retour, un échange ou un remboursement en cours.",
        "de": "Die Bestellung {order} wurde bereits zugestellt und kann nicht storniert werden; für ihre Artikel läuft "
              "bereits eine Rücksendung, ein Umtausch oder eine Erstattung.",
        "pt": "A encomenda {order} já foi entregue, por isso não pode ser cancelada, e os seus artigos já têm uma "
              "devolução, troca ou reembolso em curso.",
        "it": "L'ordine {order} è già stato consegnato, quindi non si può annullare, e i suoi articoli hanno già un "
              "reso, un cambio o un rimborso in corso.",
    },
    "cancel_shipped": {
        "es": "El pedido {order} ya se envió, así que ya no se puede cancelar.{tracking} Cuando llegue, puedes "
              "devolverlo{window} y te lo reembolsamos.",
        "fr": "La commande {order} a déjà été expédiée : elle ne peut plus être annulée.{tracking} Une fois arrivée, "
              "vous pourrez la retourner{window} pour être remboursé.",
        "de": "Die Bestellung {order} ist bereits versandt und kann nicht mehr storniert werden.{tracking} Wenn sie "
              "angekommen ist, können Sie sie{window} gegen Erstattung zurücksenden.",
        "pt": "A encomenda {order} já foi enviada, por isso já não pode ser cancelada.{tracking} Quando chegar, pode "
              "devolvê-la{window} e receber o reembolso.",
        "it": "L'ordine {order} è già stato spedito, quindi non si può più annullare.{tracking} Quando arriva, puoi "
              "restituirlo{window} per avere il rimborso.",
    },
    "cancel_status": {
        "es": "El pedido {order} está en estado «{status}» y no se puede cancelar.",
        "fr": "La commande {order} est au statut « {status} » et ne peut pas être annulée.",
        "de": "Die Bestellung {order} hat den Status „{status}“ und kann nicht storniert werden.",
        "pt": "A encomenda {order} está no estado «{status}» e não pode ser cancelada.",
        "it": "L'ordine {order} è nello stato «{status}» e non si può annullare.",
    },
    "cancel_part": {
        "es": "No puedo cancelar solo una parte del pedido {order}: un pedido que aún no se ha enviado solo se puede "
              "cancelar entero. Puedo cancelar todo el pedido ({lines}) para que pidas lo que quieras, o cuando llegue "
              "puedes devolver o cambiar los artículos que no quieras{window}. Dime qué prefieres.",
        "fr": "Je ne peux pas annuler seulement une partie de la commande {order} : une commande pas encore expédiée ne "
              "s'annule qu'en entier. Je peux annuler toute la commande ({lines}) pour que vous commandiez ce que vous "
              "voulez, ou, une fois arrivée, vous pourrez retourner ou échanger les articles dont vous ne voulez "
              "pas{window}. Dites-moi ce que vous préférez.",
        "de": "Ich kann nicht nur einen Teil der Bestellung {order} stornieren: Eine noch nicht versandte Bestellung "
              "lässt sich nur als Ganzes stornieren. Ich kann die ganze Bestellung ({lines}) stornieren, damit Sie neu "
              "bestellen können, was Sie möchten, oder Sie senden nach der Zustellung die Artikel, die Sie nicht "
              "möchten{window}, zurück oder tauschen sie um. Sagen Sie mir, was Ihnen lieber ist.",
        "pt": "Não consigo cancelar só uma parte da encomenda {order}: uma encomenda ainda não enviada só pode ser "
              "cancelada por inteiro. Posso cancelar a encomenda toda ({lines}) para encomendar o que quiser, ou, "
              "quando chegar, pode devolver ou trocar os artigos que não quer{window}. Diga-me o que prefere.",
        "it": "Non posso annullare solo una parte dell'ordine {order}: un ordine non ancora spedito si può annullare "
              "solo per intero. Posso annullare tutto l'ordine ({lines}) così puoi ordinare ciò che vuoi, oppure, "
              "quando arriva, puoi restituire o cambiare gli articoli che non vuoi{window}. Dimmi cosa preferisci.",
    },
    "cancel_single_item": {
        "es": "No puedo cancelar ni cambiar solo {named} del pedido {order}: un pedido que aún no se ha enviado solo se "
              "puede cancelar entero. Puedo cancelar todo el pedido ({lines}) para que pidas lo que quieras, o cuando "
              "llegue puedes devolver o cambiar solo ese artículo{window}. Dime qué prefieres.",
        "fr": "Je ne peux pas annuler ni modifier seulement {named} de la commande {order} : une commande pas encore "
              "expédiée ne s'annule qu'en entier. Je peux annuler toute la commande ({lines}) pour que vous commandiez "
              "ce que vous voulez, ou, une fois arrivée, vous pourrez retourner ou échanger cet article seul{window}. "
              "Dites-moi ce que vous préférez.",
        "de": "Ich kann nicht nur {named} aus der Bestellung {order} stornieren oder ändern: Eine noch nicht versandte "
              "Bestellung lässt sich nur als Ganzes stornieren. Ich kann die ganze Bestellung ({lines}) stornieren, "
              "damit Sie neu bestellen können, was Sie möchten, oder Sie senden nach der Zustellung nur diesen "
              "Artikel{window} zurück oder tauschen ihn um. Sagen Sie mir, was Ihnen lieber ist.",
        "pt": "Não consigo cancelar nem alterar só {named} da encomenda {order}: uma encomenda ainda não enviada só pode "
              "ser cancelada por inteiro. Posso cancelar a encomenda toda ({lines}) para encomendar o que quiser, ou, "
              "quando chegar, pode devolver ou trocar só esse artigo{window}. Diga-me o que prefere.",
        "it": "Non posso annullare o modificare solo {named} dell'ordine {order}: un ordine non ancora spedito si può "
              "annullare solo per intero. Posso annullare tutto l'ordine ({lines}) così puoi ordinare ciò che vuoi, "
              "oppure, quando arriva, puoi restituire o cambiare solo quell'articolo{window}. Dimmi cosa preferisci.",
    },
    "return_which_items": {
        "es": "¿Qué artículos del pedido {order} quieres devolver: {lines}?",
        "fr": "Quels articles de la commande {order} souhaitez-vous retourner : {lines} ?",
        "de": "Welche Artikel der Bestellung {order} möchten Sie zurücksenden: {lines}?",
        "pt": "Que artigos da encomenda {order} quer devolver: {lines}?",
        "it": "Quali articoli dell'ordine {order} vuoi restituire: {lines}?",
    },
    "exchange_which_item": {
        "es": "¿Qué artículo del pedido {order} quieres cambiar: {lines}?",
        "fr": "Quel article de la commande {order} souhaitez-vous échanger : {lines} ?",
        "de": "Welchen Artikel der Bestellung {order} möchten Sie umtauschen: {lines}?",
        "pt": "Que artigo da encomenda {order} quer trocar: {lines}?",
        "it": "Quale articolo dell'ordine {order} vuoi cambiare: {lines}?",
    },
    "address_too_late": {
        "es": "El pedido {order} {why}, así que ya no se puede cambiar su dirección de envío.{tracking}",
        "fr": "La commande {order} {why} : son adresse de livraison ne peut plus être modifiée.{tracking}",
        "de": "Die Bestellung {order} {why}, daher lässt sich die Lieferadresse nicht mehr ändern.{tracking}",
        "pt": "A encomenda {order} {why}, por isso já não é possível alterar a morada de entrega.{tracking}",
        "it": "L'ordine {order} {why}, quindi non si può più cambiare l'indirizzo di spedizione.{tracking}",
    },
    "change_too_late": {
        "es": "El pedido {order} {why}, así que ya no se le puede añadir ni cambiar nada.{tracking}{later}",
        "fr": "La commande {order} {why} : on ne peut plus rien y ajouter ni y modifier.{tracking}{later}",
        "de": "Die Bestellung {order} {why}, daher lässt sich nichts mehr hinzufügen oder ändern.{tracking}{later}",
        "pt": "A encomenda {order} {why}, por isso já não é possível acrescentar nem alterar nada.{tracking}{later}",
        "it": "L'ordine {order} {why}, quindi non si può più aggiungere né cambiare niente.{tracking}{later}",
    },
    "change_once_arrived": {
        "es": " Cuando llegue, puedes devolverlo o cambiarlo{window}.",
        "fr": " Une fois arrivée, vous pourrez la retourner ou l'échanger{window}.",
        "de": " Wenn sie angekommen ist, können Sie sie{window} zurücksenden oder umtauschen.",
        "pt": " Quando chegar, pode devolvê-la ou trocá-la{window}.",
        "it": " Quando arriva, puoi restituirlo o cambiarlo{window}.",
    },
    "address_why": {  # (cancelled, shipped, delivered)
        "es": "está cancelado|ya se envió|ya se entregó", "fr": "a été annulée|a déjà été expédiée|a déjà été livrée",
        "de": "wurde storniert|ist bereits versandt|wurde bereits zugestellt",
        "pt": "foi cancelada|já foi enviada|já foi entregue",
        "it": "è stato annullato|è già stato spedito|è già stato consegnato",
    },
    "redirect": {
        "es": " En la página de seguimiento del transportista quizá puedas redirigir el paquete o dejarlo para recoger.",
        "fr": " La page de suivi du transporteur vous permet peut-être de rediriger le colis ou de le faire garder en "
              "point de retrait.",
        "de": " Über die Sendungsverfolgung des Zustellers können Sie das Paket eventuell umleiten oder zur Abholung "
              "hinterlegen lassen.",
        "pt": " Na página de seguimento da transportadora talvez possa redirecionar o pacote ou deixá-lo para levantar.",
        "it": " Dalla pagina di tracciamento del corriere potresti riuscire a reindirizzare il pacco o farlo tenere per "
              "il ritiro.",
    },
    "address_other_country": {
        "es": "El pedido {order} se envía a {from_country} y la nueva dirección está en {to_country}: solo puedo cambiar "
              "la dirección de un pedido dentro del mismo país, porque otro país tiene su propia tarifa de envío y "
              "aduanas. Si quieres, se lo paso a una persona de nuestro equipo.",
        "fr": "La commande {order} est expédiée vers {from_country} et la nouvelle adresse est en {to_country} : je ne "
              "peux changer l'adresse d'une commande qu'à l'intérieur du même pays, car un autre pays a son propre "
              "tarif d'expédition et ses douanes. Si vous le souhaitez, je transmets la demande à une personne de "
              "l'équipe.",
        "de": "Die Bestellung {order} geht nach {from_country}, die neue Adresse liegt in {to_country}: Ich kann die "
              "Adresse einer Bestellung nur innerhalb desselben Landes ändern, da ein anderes Land eigene "
              "Versandkosten und Zoll hat. Wenn Sie möchten, gebe ich das an eine Person aus unserem Team weiter.",
        "pt": "A encomenda {order} é enviada para {from_country} e a nova morada fica em {to_country}: só posso alterar "
              "a morada de uma encomenda dentro do mesmo país, porque outro país tem a sua própria tarifa de envio e "
              "alfândega. Se quiser, passo o pedido a uma pessoa da nossa equipa.",
        "it": "L'ordine {order} viene spedito in {from_country} e il nuovo indirizzo è in {to_country}: posso cambiare "
              "l'indirizzo di un ordine solo all'interno dello stesso paese, perché un altro paese ha le sue tariffe "
              "di spedizione e la sua dogana. Se vuoi, passo la richiesta a una persona del nostro team.",
    },
    "address_needed": {
        "es": "El pedido {order} aún no se ha enviado, así que puedo cambiar su dirección. Envíame la nueva dirección "
              "completa en un solo mensaje: calle y número, ciudad, estado y código postal (p. ej., 742 Evergreen "
              "Terrace, Springfield, IL 62704).",
        "fr": "La commande {order} n'est pas encore expédiée : je peux donc changer son adresse. Envoyez-moi la nouvelle "
              "adresse complète en un seul message : rue et numéro, ville, État et code postal (p. ex. 742 Evergreen "
              "Terrace, Springfield, IL 62704).",
        "de": "Die Bestellung {order} ist noch nicht versandt, ich kann die Adresse also ändern. Schicken Sie mir bitte "
              "die vollständige neue Adresse in einer Nachricht: Straße und Hausnummer, Ort, Bundesstaat und "
              "Postleitzahl (z. B. 742 Evergreen Terrace, Springfield, IL 62704).",
        "pt": "A encomenda {order} ainda não foi enviada, por isso posso alterar a morada. Envie-me a nova morada "
              "completa numa só mensagem: rua e número, cidade, estado e código postal (p. ex., 742 Evergreen Terrace, "
              "Springfield, IL 62704).",
        "it": "L'ordine {order} non è ancora stato spedito, quindi posso cambiarne l'indirizzo. Mandami il nuovo "
              "indirizzo completo in un solo messaggio: via e numero civico, città, stato e CAP (ad es. 742 Evergreen "
              "Terrace, Springfield, IL 62704).",
    },
    "closed_cancelled": {
        "es": "El pedido {order} se canceló, así que no hay nada de él que devolver o cambiar.",
        "fr": "La commande {order} a été annulée : il n'y a donc rien à retourner ni à échanger.",
        "de": "Die Bestellung {order} wurde storniert, es gibt also nichts daraus zurückzusenden oder umzutauschen.",
        "pt": "A encomenda {order} foi cancelada, por isso não há nada dela para devolver ou trocar.",
        "it": "L'ordine {order} è stato annullato, quindi non c'è nulla da restituire o cambiare.",
    },
    "closed_lost": {
        "es": "El pedido {order} se perdió en el transporte y nunca te llegó, así que no hay nada de él que devolver o "
              "cambiar.",
        "fr": "La commande {order} a été perdue pendant le transport et ne vous est jamais parvenue : il n'y a donc rien "
              "à retourner ni à échanger.",
        "de": "Die Bestellung {order} ist auf dem Transportweg verloren gegangen und nie bei Ihnen angekommen, es gibt "
              "also nichts daraus zurückzusenden oder umzutauschen.",
        "pt": "A encomenda {order} perdeu-se no transporte e nunca lhe chegou, por isso não há nada dela para devolver "
              "ou trocar.",
        "it": "L'ordine {order} è andato perso durante il trasporto e non ti è mai arrivato, quindi non c'è nulla da "
              "restituire o cambiare.",
    },
    "closed_returned": {
        "es": "El pedido {order} ya nos lo devolviste.",
        "fr": "La commande {order} nous a déjà été retournée.",
        "de": "Die Bestellung {order} wurde bereits an uns zurückgeschickt.",
        "pt": "A encomenda {order} já nos foi devolvida.",
        "it": "L'ordine {order} ci è già stato restituito.",
    },
    "exchange_not_delivered": {
        "es": "El pedido {order} aún no se ha entregado; cuando llegue, puedo cambiar un artículo por otra talla o color.",
        "fr": "La commande {order} n'est pas encore livrée ; une fois arrivée, je pourrai échanger un article contre "
              "une autre taille ou couleur.",
        "de": "Die Bestellung {order} ist noch nicht zugestellt; sobald sie da ist, kann ich einen Artikel gegen eine "
              "andere Größe oder Farbe umtauschen.",
        "pt": "A encomenda {order} ainda não foi entregue; quando chegar, posso trocar um artigo por outro tamanho ou cor.",
        "it": "L'ordine {order} non è ancora stato consegnato; quando arriva, posso cambiare un articolo con un'altra "
              "taglia o colore.",
    },
    "return_not_delivered": {
        "es": "El pedido {order} aún no se ha entregado, así que no se puede iniciar una devolución; cuando llegue, "
              "puedes devolverlo{window}.",
        "fr": "La commande {order} n'est pas encore livrée : un retour ne peut pas encore être ouvert ; une fois "
              "arrivée, vous pourrez la retourner{window}.",
        "de": "Die Bestellung {order} ist noch nicht zugestellt, daher kann noch keine Rücksendung gestartet werden; "
              "sobald sie da ist, können Sie sie{window} zurücksenden.",
        "pt": "A encomenda {order} ainda não foi entregue, por isso ainda não é possível iniciar uma devolução; quando "
              "chegar, pode devolvê-la{window}.",
        "it": "L'ordine {order} non è ancora stato consegnato, quindi non si può ancora avviare un reso; quando arriva, "
              "puoi restituirlo{window}.",
    },
    "exchange_outside": {
        "es": "El pedido {order} se entregó el {delivered}, hace {age} días, fuera de nuestro plazo de cambio de "
              "{window} días.",
        "fr": "La commande {order} a été livrée le {delivered}, il y a {age} jours, en dehors de notre délai d'échange "
              "de {window} jours.",
        "de": "Die Bestellung {order} wurde am {delivered} zugestellt, vor {age} Tagen, und liegt damit außerhalb "
              "unserer Umtauschfrist von {window} Tagen.",
        "pt": "A encomenda {order} foi entregue a {delivered}, há {age} dias, fora do nosso prazo de troca de {window} dias.",
        "it": "L'ordine {order} è stato consegnato il {delivered}, {age} giorni fa, fuori dal nostro periodo di cambio "
              "di {window} giorni.",
    },
    "cancel_delivered_closed": {
        "es": "El pedido {order} se entregó el {delivered}, así que no se puede cancelar, y con {age} días está fuera de "
              "nuestro plazo de devolución de {window} días.",
        "fr": "La commande {order} a été livrée le {delivered} : elle ne peut pas être annulée et, {age} jours plus "
              "tard, elle est hors de notre délai de retour de {window} jours.",
        "de": "Die Bestellung {order} wurde am {delivered} zugestellt und kann nicht storniert werden; nach {age} Tagen "
              "liegt sie außerhalb unserer Rückgabefrist von {window} Tagen.",
        "pt": "A encomenda {order} foi entregue a {delivered}, por isso não pode ser cancelada, e com {age} dias está "
              "fora do nosso prazo de devolução de {window} dias.",
        "it": "L'ordine {order} è stato consegnato il {delivered}, quindi non si può annullare, e dopo {age} giorni è "
              "fuori dal nostro periodo di reso di {window} giorni.",
    },
    "return_outside": {
        "es": "El pedido {order} se entregó el {delivered}, hace {age} días, fuera de nuestro plazo de devolución de "
              "{window} días, así que no puedo iniciar una devolución.",
        "fr": "La commande {order} a été livrée le {delivered}, il y a {age} jours, en dehors de notre délai de retour "
              "de {window} jours : je ne peux donc pas ouvrir de retour.",
        "de": "Die Bestellung {order} wurde am {delivered} zugestellt, vor {age} Tagen, also außerhalb unserer "
              "Rückgabefrist von {window} Tagen; ich kann dafür keine Rücksendung starten.",
        "pt": "A encomenda {order} foi entregue a {delivered}, há {age} dias, fora do nosso prazo de devolução de "
              "{window} dias, por isso não posso iniciar uma devolução.",
        "it": "L'ordine {order} è stato consegnato il {delivered}, {age} giorni fa, fuori dal nostro periodo di reso di "
              "{window} giorni, quindi non posso avviare un reso.",
    },
    "already_returned": {
        "es": "Los artículos del pedido {order} ya tienen una devolución, un cambio o un reembolso en curso.",
        "fr": "Les articles de la commande {order} ont déjà un retour, un échange ou un remboursement en cours.",
        "de": "Für die Artikel der Bestellung {order} läuft bereits eine Rücksendung, ein Umtausch oder eine Erstattung.",
        "pt": "Os artigos da encomenda {order} já têm uma devolução, troca ou reembolso em curso.",
        "it": "Gli articoli dell'ordine {order} hanno già un reso, un cambio o un rimborso in corso.",
    },
    "exchange_final_sale": {
        "es": "{name} es de venta final, así que no se puede cambiar.",
        "fr": "{name} est en vente finale : il ne peut pas être échangé.",
        "de": "{name} ist ein Endverkauf und kann nicht umgetauscht werden.",
        "pt": "{name} é venda final, por isso não pode ser trocado.",
        "it": "{name} è in vendita finale, quindi non si può cambiare.",
    },
    "return_final_sale": {
        "es": "{names}: venta final, no se puede devolver. Si algún artículo tiene un defecto, cuéntame qué le pasa y "
              "se lo paso a nuestro equipo.",
        "fr": "{names} : vente finale, pas de retour possible. Si un article est défectueux, dites-moi ce qui ne va pas "
              "et je transmets à notre équipe.",
        "de": "{names}: Endverkauf, keine Rückgabe möglich. Wenn ein Artikel defekt ist, sagen Sie mir, was nicht "
              "stimmt, und ich gebe es an unser Team weiter.",
        "pt": "{names}: venda final, não pode ser devolvido. Se algum artigo tiver defeito, diga-me o que se passa e "
              "passo à nossa equipa.",
        "it": "{names}: vendita finale, non si può restituire. Se un articolo è difettoso, dimmi cosa non va e lo passo "
              "al nostro team.",
    },
    "product_unavailable": {
        "es": "Ahora mismo no puedo consultar las tallas y colores de {name}.",
        "fr": "Je n'arrive pas à consulter les tailles et couleurs de {name} pour le moment.",
        "de": "Ich kann die Größen und Farben von {name} gerade nicht abrufen.",
        "pt": "Neste momento não consigo consultar os tamanhos e cores de {name}.",
        "it": "Al momento non riesco a consultare taglie e colori di {name}.",
    },
    "variant_needed": {
        "es": "¿Qué talla o color de {name} quieres en lugar de {options}? Disponible: {stock}.",
        "fr": "Quelle taille ou couleur de {name} voulez-vous à la place de {options} ? En stock : {stock}.",
        "de": "Welche Größe oder Farbe von {name} möchten Sie statt {options}? Vorrätig: {stock}.",
        "pt": "Que tamanho ou cor de {name} quer em vez de {options}? Em stock: {stock}.",
        "it": "Quale taglia o colore di {name} vuoi al posto di {options}? Disponibili: {stock}.",
    },
    "out_of_stock": {
        "es": "Lo siento, {name} en {options} está agotado, así que ahora no puedo cambiarlo. Disponible: {stock}.",
        "fr": "Désolé, {name} en {options} est en rupture de stock : je ne peux pas l'échanger pour le moment. "
              "En stock : {stock}.",
        "de": "Leider ist {name} in {options} ausverkauft, daher kann ich es gerade nicht umtauschen. Vorrätig: {stock}.",
        "pt": "Lamento, {name} em {options} está esgotado, por isso não o posso trocar agora. Em stock: {stock}.",
        "it": "Mi dispiace, {name} in {options} è esaurito, quindi ora non posso cambiarlo. Disponibili: {stock}.",
    },
    "no_stock": {"es": "nada por ahora", "fr": "rien pour le moment", "de": "derzeit nichts", "pt": "nada de momento",
                 "it": "nulla al momento"},
    "refund_cancel_instead": {
        "es": "El pedido {order} aún no se ha enviado, así que en lugar de un reembolso puedo cancelarlo y devolverte "
              "todo lo que pagaste. Solo dime que quieres cancelarlo.",
        "fr": "La commande {order} n'est pas encore expédiée : plutôt qu'un remboursement, je peux l'annuler et vous "
              "rembourser tout ce que vous avez payé. Dites-moi simplement que vous voulez l'annuler.",
        "de": "Die Bestellung {order} ist noch nicht versandt: Statt einer Erstattung kann ich sie stornieren und Ihnen "
              "alles Bezahlte zurückerstatten. Sagen Sie mir einfach, dass Sie stornieren möchten.",
        "pt": "A encomenda {order} ainda não foi enviada, por isso em vez de um reembolso posso cancelá-la e devolver "
              "tudo o que pagou. Diga-me só que a quer cancelar.",
        "it": "L'ordine {order} non è ancora stato spedito, quindi invece di un rimborso posso annullarlo e rimborsarti "
              "tutto quello che hai pagato. Dimmi solo che vuoi annullarlo.",
    },
    "refund_not_offered": {
        "es": "En esta tienda el dinero se devuelve mediante la devolución de artículos entregados (o cancelando un "
              "pedido que aún no se ha enviado). Dime que quieres devolver el pedido {order} y lo preparo.",
        "fr": "Sur cette boutique, l'argent est rendu par le retour des articles livrés (ou en annulant une commande pas "
              "encore expédiée). Dites-moi que vous voulez retourner la commande {order} et je m'en occupe.",
        "de": "In diesem Shop gibt es Geld über die Rücksendung zugestellter Artikel zurück (oder durch die Stornierung "
              "einer noch nicht versandten Bestellung). Sagen Sie mir, dass Sie die Bestellung {order} zurücksenden "
              "möchten, dann richte ich das ein.",
        "pt": "Nesta loja o dinheiro é devolvido através da devolução de artigos entregues (ou cancelando uma encomenda "
              "ainda não enviada). Diga-me que quer devolver a encomenda {order} e eu trato disso.",
        "it": "In questo negozio i soldi vengono restituiti con il reso degli articoli consegnati (o annullando un "
              "ordine non ancora spedito). Dimmi che vuoi restituire l'ordine {order} e lo preparo io.",
    },
    "nothing_refundable": {
        "es": "Todo lo pagado en el pedido {order} ya se ha reembolsado, así que no queda nada por reembolsar.",
        "fr": "Tout ce qui a été payé sur la commande {order} a déjà été remboursé : il ne reste rien à rembourser.",
        "de": "Alles, was für die Bestellung {order} bezahlt wurde, ist bereits erstattet; es bleibt nichts zu erstatten.",
        "pt": "Tudo o que foi pago na encomenda {order} já foi reembolsado, por isso não resta nada a reembolsar.",
        "it": "Tutto quanto pagato sull'ordine {order} è già stato rimborsato, quindi non resta nulla da rimborsare.",
    },
    "refund_at_most": {
        "es": "Del pedido {order} se pueden reembolsar todavía como máximo {left}.",
        "fr": "Au plus {left} peuvent encore être remboursés sur la commande {order}.",
        "de": "Für die Bestellung {order} können höchstens noch {left} erstattet werden.",
        "pt": "Da encomenda {order} ainda podem ser reembolsados no máximo {left}.",
        "it": "Sull'ordine {order} si possono ancora rimborsare al massimo {left}.",
    },
    "item_not_in_order": {
        "es": "El pedido {order} no contiene {items}: contiene {lines}. ¿De qué pedido se trata? Con su número (está "
              "en el correo de confirmación) puedo comprobarlo.",
        "fr": "La commande {order} ne contient pas {items} : elle contient {lines}. De quelle commande s'agit-il ? Son "
              "numéro (dans l'e-mail de confirmation) me permet de vérifier.",
        "de": "Die Bestellung {order} enthält nicht {items}, sondern {lines}. Um welche Bestellung geht es? Mit ihrer "
              "Nummer (aus der Bestätigungs-E-Mail) kann ich nachsehen.",
        "pt": "A encomenda {order} não contém {items}: contém {lines}. De que encomenda se trata? Com o número dela (no "
              "e-mail de confirmação) posso verificar.",
        "it": "L'ordine {order} non contiene {items}: contiene {lines}. Di quale ordine si tratta? Con il suo numero "
              "(nell'e-mail di conferma) posso controllare.",
    },
    "nothing_left": {
        "es": "El pedido {order} solo tiene {lines}, que quiere conservar. ¿De qué pedido se trata? Con su número (está "
              "en el correo de confirmación) puedo comprobarlo.",
        "fr": "La commande {order} ne contient que {lines}, que vous souhaitez garder. De quelle commande s'agit-il ? "
              "Son numéro (dans l'e-mail de confirmation) me permet de vérifier.",
        "de": "Die Bestellung {order} enthält nur {lines}, und das möchten Sie behalten. Um welche Bestellung geht es? "
              "Mit ihrer Nummer (aus der Bestätigungs-E-Mail) kann ich nachsehen.",
        "pt": "A encomenda {order} só tem {lines}, que quer manter. De que encomenda se trata? Com o número dela (no "
              "e-mail de confirmação) posso verificar.",
        "it": "L'ordine {order} contiene solo {lines}, che vuole tenere. Di quale ordine si tratta? Con il suo numero "
              "(nell'e-mail di conferma) posso controllare.",
    },
    "window": {
        "es": " en los {days} días siguientes a la entrega", "fr": " dans les {days} jours suivant la livraison",
        "de": " innerhalb von {days} Tagen nach der Zustellung", "pt": " nos {days} dias seguintes à entrega",
        "it": " entro {days} giorni dalla consegna",
    },
    "tracking": {
        "es": " Salió con {carrier}, número de seguimiento {number}{url}.",
        "fr": " Il est parti avec {carrier}, numéro de suivi {number}{url}.",
        "de": " Es ist mit {carrier} unterwegs, Sendungsnummer {number}{url}.",
        "pt": " Foi enviado por {carrier}, número de seguimento {number}{url}.",
        "it": " È partito con {carrier}, numero di tracciamento {number}{url}.",
    },
    "a_carrier": {"es": "el transportista", "fr": "le transporteur", "de": "dem Zusteller", "pt": "transportadora",
                  "it": "il corriere"},
}


def _window(days: int | None, language: str) -> str:
    return _say(_REFUSALS, "window", language, days=days) if days is not None else ""


def _tracking(tracking: dict[str, Any] | None, language: str) -> str:
    if not tracking:
        return ""
    url = f" ({tracking['url']})" if tracking.get("url") else ""
    carrier = tracking.get("carrier") or _say(_REFUSALS, "a_carrier", language)
    return _say(_REFUSALS, "tracking", language, carrier=carrier, number=tracking["number"], url=url)


def _stock(stock: list[dict[str, Any]], language: str) -> str:
    return "; ".join(options_words(options, language) for options in stock) or _say(_REFUSALS, "no_stock", language)


def refusal_text(wording: dict[str, Any] | None, language: str | None) -> str | None:
    """Why a tool will not do what was asked, in the customer's language, or None (English, or no wording)."""
    if language not in LANGUAGES or not wording or wording.get("key") not in _REFUSALS:
        return None
    key = wording["key"]
    slots: dict[str, Any] = {"order": wording.get("order"), "window": _window(wording.get("window"), language),
                             "tracking": _tracking(wording.get("tracking"), language)}
    if key == "cancel_status":
        slots["status"] = wording.get("status")
    elif key == "cancel_single_item":
        slots.update(named=lines_words(wording.get("named") or [], language),
                     lines=lines_words(wording.get("lines") or [], language))
    elif key in ("exchange_which_item", "return_which_items", "nothing_left", "cancel_part"):
        slots["lines"] = lines_words(wording.get("lines") or [], language)
    elif key in ("address_too_late", "change_too_late"):
        cancelled, shipped, delivered = _REFUSALS["address_why"][language].split("|")
        slots["why"] = cancelled if wording.get("cancelled") else delivered if wording.get("delivered") else shipped
        if key == "change_too_late":
            slots["later"] = "" if wording.get("delivered") else _say(_REFUSALS, "change_once_arrived", language,
                                                                          window=slots["window"])
        if wording.get("shipped"):
            slots["tracking"] += _say(_REFUSALS, "redirect", language)
    elif key == "address_other_country":
        slots.update(from_country=wording.get("from"), to_country=wording.get("to"))
    elif key in ("exchange_outside", "return_outside", "cancel_delivered_closed"):
        slots.update(delivered=long_date(wording.get("delivered"), language), age=wording.get("age"),
                     window=wording.get("window"))
    elif key in ("exchange_final_sale", "product_unavailable"):
        slots["name"] = wording.get("name")
    elif key == "return_final_sale":
        slots["names"] = ", ".join(wording.get("names") or [])
    elif key in ("variant_needed", "out_of_stock"):
        slots.update(name=wording.get("name"), options=options_words(wording.get("options") or {}, language),
                     stock=_stock(wording.get("stock") or [], language))
    elif key == "refund_at_most":
        slots["left"] = money(Decimal(str(wording.get("left") or 0)))
    elif key == "item_not_in_order":
        slots.update(items=f" {_word(language, 'or')} ".join(f"“{item}”" for item in wording.get("items") or []),
                     lines=lines_words(wording.get("lines") or [], language))
    return _say(_REFUSALS, key, language, **slots)
