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

from decimal import Decimal
from typing import Any

from graph.reasoning.phrases import long_date, say
from tools.oms.actions.base import money
from tools.oms.actions.change_address import address_text
from tools.oms.models import ActionResult

LANGUAGES = ("es", "fr", "de", "pt", "it")

_WORDS: dict[str, dict[str, str]] = {
    "es": {"size": "talla", "each": "a {unit} cada uno", "and": "y", "card": "tarjeta de crédito o débito", "gift_card": "tarjeta regalo o crédito en tienda",
           "days": "{span} días hábiles", "hours": "{span} horas",
           "current_address": "la dirección actual"},
    "fr": {"size": "taille", "each": "à {unit} pièce", "and": "et", "card": "carte de crédit ou de débit", "gift_card": "carte cadeau ou avoir",
           "days": "{span} jours ouvrés", "hours": "{span} heures",
           "current_address": "l'adresse actuelle"},
    "de": {"size": "Größe", "each": "zu je {unit}", "and": "und", "card": "Kredit- oder Debitkarte", "gift_card": "Geschenkkarte oder Guthaben",
           "days": "{span} Werktagen", "hours": "{span} Stunden",
           "current_address": "der aktuellen Adresse"},
    "pt": {"size": "tamanho", "each": "a {unit} cada", "and": "e", "card": "cartão de crédito ou débito", "gift_card": "cartão-presente ou crédito na loja",
           "days": "{span} dias úteis", "hours": "{span} horas",
           "current_address": "a morada atual"},
    "it": {"size": "taglia", "each": "a {unit} l'uno", "and": "e", "card": "carta di credito o di debito", "gift_card": "carta regalo o credito del negozio",
           "days": "{span} giorni lavorativi", "hours": "{span} ore",
           "current_address": "l'indirizzo attuale"},
}

# How long a refund takes to show, by payment method (data/generator/policy.py REFUND_TIMING, in words).
_TIMING = {"card": ("days", "5-10"), "paypal": ("days", "3-5"), "klarna": ("days", "3-5"),
           "apple_pay": ("days", "5-10"), "gift_card": ("hours", "24")}
_WALLETS = {"paypal": "PayPal", "klarna": "Klarna", "apple_pay": "Apple Pay"}

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
    return ", ".join(f"{_word(language, 'size')} {value}" if key == "size" else str(value) for key, value in ordered)


def line_words(line: dict[str, Any], language: str) -> str:
    """'1 × Tee (talla M, navy)'."""
    options = options_words(line.get("options") or {}, language)
    return f"{int(line.get('quantity') or 1)} × {line['product_name']}" + (f" ({options})" if options else "")


def lines_words(lines: list[dict[str, Any]], language: str) -> str:
    """'1 × Tee (talla M), $25.00; 2 × Shoe (talla 7) a $138.00 cada uno': only the order system's prices."""
    parts = []
    for line in lines:
        named, unit = line_words(line, language), money(Decimal(str(line.get("unit_price") or 0)))
        several = int(line.get("quantity") or 1) > 1
        parts.append(f"{named} {_word(language, 'each', unit=unit)}" if several else f"{named}, {unit}")
    return "; ".join(parts)


def method_words(method: str | None, language: str) -> str:
    """'card:visa:4242' -> 'tarjeta Visa terminada en 4242'; a wallet keeps its own name."""
    if not method:
        return say("original_payment_method", language)
    parts = method.split(":")
    if parts[0] == "card":
        if len(parts) > 2:
            return say("card_ending", language, brand=parts[1].title(), last4=parts[2])
        return _word(language, "card")
    if parts[0] == "gift_card":
        return _word(language, "gift_card")
    return _WALLETS.get(parts[0], method.replace("_", " "))


def methods_words(methods: list[str], language: str) -> str:
    if not methods:
        return say("original_payment_method", language)
    return f" {_word(language, 'and')} ".join(method_words(m, language) for m in methods)


def timing_words(method: str | None, language: str) -> str:
    """How long until a refund to this method shows: '5-10 días hábiles', '24 heures'."""
    unit, span = _TIMING.get((method or "card").split(":")[0], ("days", "5-10"))
    return _word(language, unit, span=span)


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
        return _say(_PROPOSALS, key, language, order=order, lines=lines_words(wording.get("lines") or [], language),
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
        which=one if sum(int(line.get("quantity") or 1) for line in lines) == 1 else several,
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
