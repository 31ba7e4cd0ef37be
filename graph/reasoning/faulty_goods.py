"""Goods that do not work or came apart in use: a defect, tier 2 by policy (a person replaces or refunds).

"The blender stopped working after a week", "the zip broke the first time I wore it", "my headphones won't
charge", "la lámpara no funciona". The intent model often reads these as a plain return ("...I'd like to return
it") and answers with the return steps, when the customer is owed a replacement or a refund without the
window's conditions. What does not work must be goods: "the promo code doesn't work", "your website isn't
working", "the tracking link won't open" are tier-1 questions about the shop, so a sentence that names the
shop's own things (codes, links, the site, the app, a card, the account) is never a defect, and the message
must be about goods: bought, received, or to be sent back ("my netflix isn't working" is not). Text is folded
first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold, sentences

# The shop's own things, and the customer's means of paying or signing in: "it doesn't work" about these is a
# question about the service (a code, a link, a login), not a defect of goods.
_NOT_GOODS = any_of(
    r"(?:promo|discount|coupon|voucher|gift|referral|student|redeem|redemption)?\s*[a-z]*codes?|vouchers?|coupons?|"
    r"gift\s*cards?|discounts?|promos?|promotions?|offers?|deals?|links?|(?:web)?sites?|web\s+page|pages?|apps?|"
    r"application|checkout|check\s+out|basket|cart|button|search|filter|log\s*in|login|sign\s*in|password|account|"
    r"card|payment|paypal|klarna|apple\s+pay|e-?mail|phone\s+line|helpline|chat|"
    r"number|unsubscribe|newsletter|notifications?|size\s+(?:chart|guide)|wifi|internet|signal|delivery|deliveries|"
    r"shipping|postcode|post\s+code|zip\s*code|address|option|slot|service|system|portal|label|qr|form|"
    r"click\s+(?:and|&)\s+collect|collection|finder|return(?:s)?\s+(?:portal|form|label|page)",
    r"numero|rastreio|rastreo|seguimiento|suivi|sendungs\w*|tracking\w*",
    r"[a-z]*codigos?|enlace|pagina|web|tarjeta|cuenta|contrasena|aplicacion|cupon",
    r"lien|appli(?:cation)?|carte|compte|mot\s+de\s+passe",
    r"gutschein|seite|konto|passwort|karte",
    r"cartao|conta|senha|aplicativo|cupom",
    r"codice|sito|carta|buono",
)
# The message is about goods bought, received or to be sent back: without this, "my netflix isn't working" or
# "it doesn't work" could be anything.
_BOUGHT = any_of(
    r"bought|ordered|purchased|received|got\s+(?:it|them|my|the|a|an)|arrived|came|delivered|new|brand\s+new|"
    r"item|product|return\w*|refund\w*|replac\w*|exchang\w*|send\s+(?:it|them)\s+back|warranty|guarantee",
    r"compre|pedi|recibi|llego|achete|commande|recu|gekauft|bestellt|bekommen|comprei|recebi|comprato|ordinato|ricevuto",
    r"devolver|devolucion|reembolso|rembourse\w*|retour\w*|echange\w*|zuruck\w*|erstattung|umtausch\w*|"
    r"devolucao|troca|reso|rimborso|sostituzione",
)

# "doesn't work for me" is about a date or a size, not a defect
_FUNCTION = (r"(?:(?:work|working|works)(?!\s+for\s+(?:me|us))|function|functioning|turn\s+on|turning\s+on|"
             r"switch\s+on|switching\s+on|power\s+on|powering\s+on|charge|charging|hold\s+(?:a\s+)?charge|"
             r"connect|connecting|pair|pairing|heat\s+up|heating|light\s+up|lighting\s+up|spin|spinning)")
# Not "can't": "I can't connect to..." is the customer's trouble, not the goods'.
_NEGATED = (r"(?:isn't|isnt|is\s+not|aren't|arent|are\s+not|doesn't|doesnt|does\s+not|don't|dont|do\s+not|"
            r"won't|wont|will\s+not|didn't|didnt|did\s+not|never|wasn't|wasnt|hasn't|hasnt)")
_PART = (r"(?:zip|zipper|sole|soles|seam|seams|strap|straps|button|buttons|heel|heels|handle|handles|stitching|"
         r"lining|clasp|buckle|lid|screen|battery|charger|cable|plug|hinge|wheel|wheels|leg|legs|hood|pocket|"
         r"laces?|eyelets?|glue|fabric|material|print|colou?r|dye)")
_CAME_APART = (r"(?:broke|broken|snapped|ripped|tore|torn|split|cracked|fell\s+off|falling\s+off|came\s+off|"
               r"coming\s+off|came\s+apart|coming\s+apart|fell\s+apart|falling\s+apart|came\s+loose|coming\s+loose|"
               r"came\s+undone|coming\s+undone|peeling|peeled|faded|bled|burst|frayed|fraying|"
               # ...or shrank at once: "it shrank in the first wash" (pilling is not: the history refunds it as a plain
               # refund request, under the refund limit)
               r"shrank|shrunk)")
# What only a part of the goods does: "the zip is stuck", "the buckle won't fasten".
_PART_FAILS = (r"(?:stuck|jammed|(?:won't|wont|will\s+not|doesn't|doesnt|does\s+not)\s+"
               r"(?:close|zip|stay\s+(?:closed|on|up)|fasten))")
_IN_USE = (r"after\s+(?:just\s+|only\s+)?(?:one|two|three|a\s+few|a\s+couple(?:\s+of)?|\d+|a|an)\s+"
           r"(?:days?|weeks?|wears?|washe?s?|uses?|times?|hours?|walks?|runs?)|"
           r"(?:the\s+)?(?:first|second)\s+(?:time|day|wear|wash|use)|within\s+(?:a|an|one|two|\d+)\s+"
           r"(?:days?|weeks?|hours?)|in\s+the\s+(?:first\s+)?wash")

_DOES_NOT_WORK = any_of(
    # English: it does not work, stopped working, won't turn on
    rf"{_NEGATED}\s+(?:seem\s+to\s+|even\s+|properly\s+|really\s+|actually\s+)?(?:be\s+)?{_FUNCTION}",
    rf"(?:stopped|stops|quit|ceased)\s+{_FUNCTION}|keeps\s+(?:on\s+)?(?:cutting\s+out|turning\s+off|switching\s+off)",
    r"(?:is|are|was|were|seems?|seemed|turned\s+out\s+(?:to\s+be)?)\s+(?:already\s+|completely\s+|"
    r"totally\s+|clearly\s+)?(?:faulty|defective|broken|dead|not\s+working)|dead\s+on\s+arrival|doa",
    # Spanish / French / German / Portuguese / Italian
    r"no\s+(?:me\s+)?(?:funciona|enciende|carga|prende)|dejo\s+de\s+funcionar|(?:esta|vino|salio)\s+defectuos[oa]",
    r"ne\s+(?:marche|fonctionne|s'allume|charge)\s+(?:plus|pas)|(?:est|etait)\s+defectueu(?:x|se)|"
    r"a\s+cesse\s+de\s+fonctionner",
    r"funktioniert\s+(?:\w+\s+)?nicht|geht\s+nicht\s+(?:mehr\s+)?an|ladt\s+nicht|(?:ist|war)\s+defekt",
    r"nao\s+(?:\w+\s+)?(?:funciona|liga|carrega)|parou\s+de\s+funcionar|(?:esta|veio)\s+com\s+defeito",
    r"non\s+(?:\w+\s+)?(?:funziona|si\s+accende|si\s+carica)|ha\s+smesso\s+di\s+funzionare|(?:e|era)\s+difettos[oa]",
)
# A part of the goods that came apart, or anything that came apart in its first days of use.
_CAME_APART_REPORT = any_of(
    rf"{_PART}\s+(?:\w+\s+){{0,2}}?(?:has\s+|had\s+|have\s+|is\s+|are\s+|was\s+|were\s+|just\s+|already\s+|"
    rf"completely\s+|'s\s+)*(?:{_CAME_APART}|{_PART_FAILS}|ran(?!\s+out))",
    rf"{_CAME_APART}\s+(?:\w+\s+){{0,4}}?(?:{_IN_USE})",
    rf"(?:{_IN_USE})[^.!?]{{0,40}}?(?:{_CAME_APART}|{_NEGATED}\s+{_FUNCTION}|stopped\s+{_FUNCTION})",
)
# A hole or a tear in them: "the shirt has a hole in it", "there's a rip in the sleeve" (not "tears in my eyes"), told,
# not asked ("is there a hole in the pocket for headphones?")
_HOLE = any_of(r"(?:\ban?|\b(?:two|three|\d+|some|little|small|big|huge|tiny))\s+(?:\w+\s+)?(?:holes?|rips?|snags?|tear)\s+"
               r"(?:in|on|at|near|along)\b|\bholes\s+in\b")
_HOLE_OF = 25  # characters after "a hole in" that say what has it ("a hole in the checkout page" is the site's)
# Goods sent worn by someone before: "the boots smell like someone already wore them", "the jeans look worn", "you sent
# me a used jacket" (read as a refund asked for, or a product question)
_SENT_USED = any_of(
    r"(?:someone|somebody|some\s+one)\s+(?:else\s+)?(?:had\s+)?(?:already\s+|previously\s+)?(?:wore|worn|used|returned)\s+"
    r"(?:them|it|these|this)",
    r"(?:already|previously|clearly|obviously)\s+been\s+(?:worn|used)",  # passive: not "I've already worn it twice"
    r"(?:look|looks|looked|seem|seems|seemed)\s+(?:\w+\s+)?(?:worn|used|second[\s-]?hand|pre-?owned)",
    r"(?:sent|received|got|sold)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+)?(?:used|worn|second[\s-]?hand|pre-?owned)\s+\w+",
)
# Goods that fail at what they are sold for: "my rain shell isn't waterproof at all", "the boots leak". The word
# names goods by itself (no site or code is waterproof), so no purchase need be said; a sentence about data that
# "leaked" is not about goods.
_PROOF = r"(?:water|wind|rain|snow)\s*-?\s*(?:proof|resistant|repellent)"
_FAILS_ITS_PURPOSE = any_of(
    rf"(?:not|{_NEGATED})\s+(?:even\s+|remotely\s+|very\s+|really\s+|at\s+all\s+)?{_PROOF}",
    r"(?:leaks?|leaking|leaked|lets?\s+(?:the\s+)?(?:water|rain)\s+in|letting\s+(?:the\s+)?(?:water|rain)\s+in|"
    r"soaked\s+through|wet\s+through)",
    r"no\s+es\s+(?:nada\s+)?impermeable|(?:n'est\s+)?pas\s+(?:du\s+tout\s+)?impermeable|"
    r"(?:ist\s+)?(?:nicht|gar\s+nicht|kein\s+bisschen)\s+wasserdicht|nao\s+e\s+impermeavel|non\s+e\s+impermeabile",
)
_ABOUT_DATA = any_of(r"data|details|information|info|privacy|password|e-?mail|address|news|photos?")
# A question whether it is ("isn't the parka waterproof?", "water resistant, not waterproof, right?") reports
# nothing; the customer's own goods, or what happened to them, must be told ("my shell isn't waterproof??").
_ASKS_WHETHER = re.compile(r"^\s*(?:is|are|isn'?t|aren'?t|does|doesn'?t|do|don'?t|will|would|can)\b.*\?\s*$")
_OWN_GOODS_TOLD = any_of(r"my|mine|got|soaked|wet|after|today|yesterday|already|bought|received|ordered|"
                         r"mi|mis|ma|mon|mes|meine?n?|minha|meu|mia|mio")
# A property in a description of goods: after a relative pronoun or in a list of features.
_DESCRIBES = re.compile(r"(?:\b(?:which|that|who|one|ones|pair|model|version)\b(?:'s|\s+(?:is|are|was|were))?|,|\band\b)"
                        r"\s+(?:(?:is|are)\s+)?(?:not|isn't|aren't|doesn't|don't)\s+(?:\w+\s+)?"
                        r"(?:water|wind|rain|snow|leak)")

# Worn out after months or years of use: a warranty question the help center answers, not goods that came faulty.
_LONG_USE = any_of(r"(?:after|for|in)\s+(?:\d+|a|an|one|two|three|several|many|a\s+few|some)\s+(?:months?|years?)",
                   r"(?:months?|years?)\s+(?:of\s+)?(?:use|wear|using|wearing)")
_PEOPLE = frozenset({"i", "we", "you", "u", "ya", "he", "she"})  # "I don't work weekends"
_CONTRACTED = re.compile(r"(?<![a-z])(it|that|this|they|these)('s|'re)(?![a-z])")
_ADVERBS = frozenset({"really", "just", "still", "even", "actually", "now", "also", "simply", "already", "totally",
                      "completely", "properly", "suddenly", "literally", "honestly", "apparently", "sadly"})


def reports_faulty_goods(text: str) -> bool:
    """A sentence that says goods do not work, came apart or came worn before, its subject none of the shop's own
    things."""
    folded = _CONTRACTED.sub(lambda m: m[1] + (" is" if m[2] == "'s" else " are"), fold(text))
    bought = bool(_BOUGHT.search(folded))
    for sentence in sentences(folded) or [""]:
        if _LONG_USE.search(sentence):
            continue
        apart = _CAME_APART_REPORT.search(sentence)  # names its subject: a part, or the goods in their first days
        if apart and not _NOT_GOODS.search(sentence[: apart.end()]):
            return True
        if _fails_its_purpose(sentence):
            return True
        if _SENT_USED.search(sentence) and not _ASKS_WHETHER.search(sentence):
            return True
        hole = _HOLE.search(sentence)
        if hole and not _ASKS_WHETHER.search(sentence) and not _NOT_GOODS.search(sentence[: hole.end() + _HOLE_OF]):
            return True
        broken = _DOES_NOT_WORK.search(sentence)
        if broken and _about_goods(sentence[: broken.start()], bought):
            return True
    return False


def _about_goods(before: str, bought: bool) -> bool:
    """The words before the report name something (not a person, not the shop's own things) in a message
    about goods bought, received or to be sent back."""
    if not bought or _NOT_GOODS.search(before):
        return False
    words = [word.strip(",;:") for word in before.split()]
    words = [word for word in words if word and word not in _ADVERBS]
    return bool(words) and words[-1] not in _PEOPLE


def _fails_its_purpose(sentence: str) -> bool:
    """Not waterproof, or it leaks, said of the customer's own goods in use: not asked, not a description of
    goods wanted ("the blue ones, which are not water resistant", "a pair that is black and not waterproof"), and
    about goods rather than data."""
    found = _FAILS_ITS_PURPOSE.search(sentence)
    if not found or _ASKS_WHETHER.search(sentence) or _DESCRIBES.search(sentence[: found.end()]):
        return False
    return bool(_OWN_GOODS_TOLD.search(sentence)) and not _ABOUT_DATA.search(sentence)


# What a defect is mistaken for: a question about the goods, a plain return or exchange, or nothing of ours.
MISREAD_AS = ("product_info", "out_of_scope", "return_request", "return_policy", "exchange", "sizing")


# A battery that no longer charges: "my headphones stopped charging", "my phone won't charge". The words of a charge
# taken, so the intent model read a disputed payment (0.73-0.88); said of goods, with no money named, it is a defect
# (a person's either way, the handoff says which). "You won't charge me for shipping?" charges someone: not a battery.
_NOT_CHARGING = re.compile(
    r"\b(?:stopped|stops|won'?t|wont|will\s+not|doesn'?t|does\s+not|isn'?t|is\s+not|aren'?t|not|no\s+longer)\s+"
    r"(?:hold(?:ing)?\s+(?:a\s+|its\s+|the\s+|any\s+)?)?charg(?:e|ing)\b"
    r"(?!\s+(?:me|us|you|him|her|them|my|our|the|for|it|extra|shipping|twice|tax|vat|an?\s+fee))|"
    r"\bbattery\s+(?:\w+\s+)?(?:dies|died|drains|drained|is\s+dead|won'?t\s+(?:last|hold))"
)
_MONEY = any_of(r"\$|£|€|\d+[.,]\d\d|bank|paypal|paid|pay|payment|bill|billed|invoice|refund\w*|fees?|prices?|twice|"
                r"double|statement|subscription|account|card")
PAYMENT_READINGS = ("payment_dispute", "payment_methods")


def reports_goods_not_charging(text: str) -> bool:
    """A sentence says goods no longer charge (a battery), and names no money."""
    return any(_NOT_CHARGING.search(sentence) and not _MONEY.search(sentence)
               for sentence in sentences(fold(text or "")))


def read_faulty_goods(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with a report of goods that do not work read as a defect, not as a question about them
    or a plain return (the policy hands it over either way; the intent says why); a battery that no longer charges
    not as a disputed payment either."""
    probs = moved_when(probs, text, reports_goods_not_charging, (*MISREAD_AS, *PAYMENT_READINGS), "damaged_item")
    return moved_when(probs, text, reports_faulty_goods, MISREAD_AS, "damaged_item")
