"""Problems a customer reports that are tier 2 by policy, whatever the intent model reads.

A parcel marked delivered that never came, goods that arrived broken or an empty box, a charge the customer
did not make or was taken twice: a person opens a carrier claim, replaces the goods or reviews the billing,
and no drafted reply settles it. The intent model usually reads these right, but one story often carries two
readings ("it was late and now it says delivered but it never came" reads as a delay), and the policy should
not depend on which one wins. Patterns name the report itself (a delivery status and a denial of receipt, a
state on arrival, a charge and what was wrong with it), not single words: "will it arrive broken?" asks, "it
arrived broken" reports. Text is folded first (graph/reasoning/text_norm.py), so patterns are written
lower-case, without accents and with straight quotes.
"""

from __future__ import annotations

import re

from graph.reasoning.content_elsewhere import points_elsewhere
from graph.reasoning.contested import contests_what_was_said
from graph.reasoning.faulty_goods import reports_faulty_goods
from graph.reasoning.missing_goods import reports_missing_goods
from graph.reasoning.payment_failures import reports_money_taken_without_order
from graph.reasoning.text_norm import any_of, fold, sentences

DELIVERED_NOT_RECEIVED = "delivered_not_received"
ARRIVED_DAMAGED = "arrived_damaged"
CHARGE_DISPUTED = "charge_disputed"
WRONG_ITEM_RECEIVED = "wrong_item_received"
GOODS_FAULTY = "goods_faulty"  # does not work, or came apart in use (faulty_goods.py)
CONTENT_ELSEWHERE = "content_elsewhere"  # told in a DM, a photo or an attachment the agent cannot read
CONTESTED = "contested"  # what the customer was told or promised, disputed (contested.py)
GOODS_MISSING = "goods_missing"  # the goods came without something ordered (missing_goods.py)

# Words between the two halves of one report, within a sentence.
_GAP = r"(?:[^.!?]{0,60}?)"
_NOT_RECEIVED_EN = (
    r"(?:(?:i|we)\s+(?:have\s+|had\s+|still\s+)?(?:never|not|haven't|havent|didn't|didnt|did\s+not|have\s+not)\s+"
    r"(?:got|get|gotten|received?|seen?)|(?:it|they|nothing|package|parcel|order)\s*(?:has|have|had|did)?\s*"
    r"(?:never|not|hasn't|hasnt|haven't|didn't|didnt)\s+(?:arrived?|come|came|shown\s+up|turned\s+up|been)|"
    r"(?:is|it's|its|was)\s+(?:not|nowhere)\s+(?:here|there|to\s+be\s+(?:found|seen))|nothing\s+(?:here|came|arrived)|"
    r"no\s+(?:package|parcel|sign\s+of\s+it|box)|"
    # after a delivery status, a denial without its subject: "marked delivered but never received"
    r"(?:never|not|nothing)\s+(?:received|got|gotten|arrived|came|turned\s+up|showed\s+up|shown\s+up)|"
    # or a bare auxiliary that denies it, with its subject or after "but": "says it's been delivered but it hasn't",
    # "...but isn't here", "says delivered but hasn't been", "the driver says he delivered it but he didn't"
    r"(?:(?:it|they|he|she)\s+|but\s+)(?:hasn't|hasnt|has\s+not|haven't|havent|wasn't|wasnt|was\s+not|weren't|"
    r"isn't|isnt|is\s+not|aren't|didn't|didnt|did\s+not)(?:\s+been)?"
    r"(?:\s+(?:here|there|delivered|received|arrived|come|turned\s+up|shown\s+up))?\s*(?:[.!?,]|$)|"
    # what the customer has: "but I don't have it", "I have nothing", "nothing at my door"
    r"(?:i|we)\s+(?:don't|dont|do\s+not)\s+have\s+(?:it|them|anything|(?:the|my)\s+(?:package|parcel|order|box|stuff|items?|things))|"
    r"(?:i|we)\s+(?:have|got)\s+nothing|nothing\s+(?:at|on)\s+(?:my|the|our)\s+(?:door|doorstep|porch|house|home))"
)
# Delivered somewhere else: "my parcel was delivered to the wrong address", "left at my neighbour's", or where the
# customer no longer lives: "my parcel went to my old address" (not "is being sent to": that one can still be changed).
DELIVERED_ELSEWHERE = (
    r"(?:delivered|left|dropped(?:\s+off)?)\s+(?:it\s+|them\s+|(?:my|the|our)\s+(?:\w+\s+)?(?:package|parcel|order|"
    r"box|delivery)\s+)?(?:to|at)\s+(?:the\s+|a\s+)?(?:wrong|another|"
    r"different|someone\s+else'?s|somebody\s+else'?s)\s+(?:address|house|home|door|building|flat|apartment|person)|"
    r"(?:went|gone|delivered|arrived|turned\s+up|ended\s+up)\s+(?:it\s+|them\s+)?(?:to|at)\s+(?:my|our|the|an)\s+"
    r"(?:old|previous|former)\s+(?:address|house|home|flat|apartment|place)"
)
_DELIVERED_NOT_RECEIVED = any_of(
    # English: a delivery status, then a denial of receipt (or the other way round)
    rf"(?:says|said|shows|showed|showing|marked|states|listed|updated\s+to|status\s+is|confirmed|claims)\s+"
    rf"(?:it\s+(?:was|has\s+been)\s+|as\s+|that\s+it\s+was\s+|it'?s\s+been\s+|(?:he|she|they)\s+(?:has\s+|had\s+)?)?"
    rf"delivered{_GAP}{_NOT_RECEIVED_EN}",
    rf"delivered\s+(?:but|yet|and|according\s+to)\s+{_GAP}{_NOT_RECEIVED_EN}",
    r"(?:never|not)\s+(?:received|got)\s+(?:it|the\s+(?:package|parcel|order)|my\s+(?:package|parcel|order))[^.!?]{0,40}"
    r"(?:says|shows|marked|showing)\s+(?:as\s+)?delivered",
    DELIVERED_ELSEWHERE,
    # Spanish / French / German / Portuguese / Italian
    rf"entregado{_GAP}(?:no|nunca)\s+(?:lo\s+|la\s+|me\s+)?(?:he\s+)?(?:recibido|recibi|ha\s+llegado|llego|tengo)",
    rf"livre{_GAP}(?:pas|jamais|rien)\s+(?:\w+\s+)?(?:recu|eu|arrive)",
    rf"(?:zugestellt|geliefert){_GAP}(?:nicht|nie|nichts)\s+(?:\w+\s+)?(?:erhalten|bekommen|angekommen|da)",
    rf"entregue{_GAP}(?:nao|nunca)\s+(?:o\s+|a\s+)?(?:recebi|chegou|recebemos)",
    rf"consegnato{_GAP}(?:non|mai)\s+(?:l'?\s*)?(?:ho\s+)?(?:ricevuto|arrivato|e\s+arrivato)",
)

_STATE = (r"(?:damaged|broken|smashed|shattered|cracked|torn|ripped|crushed|dented|defective|faulty|soaked|"
          r"leaking|open(?:ed)?\s+and\s+empty|empty|in\s+pieces)")
_ARRIVED_DAMAGED = any_of(
    # English: the state it came in, or a box without its goods
    rf"(?:arrived|came|turned\s+up|showed\s+up|was\s+delivered|got\s+(?:it|them)|received\s+(?:it|them|my\s+\w+))"
    rf"(?:\s+\w+){{0,3}}\s+{_STATE}",
    rf"(?:package|parcel|box|order|item|it)\s+(?:was|is|came|arrived)\s+(?:completely\s+|totally\s+)?{_STATE}",
    r"empty\s+(?:box|package|parcel)",
    # a flaw it came with: "the sweater has a stain on it straight out of the bag", "came with a hole in it"
    r"(?:arrived|came|was\s+delivered)\s+(?:\w+\s+){0,3}?with\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:stains?|holes?|tears?|rips?|"
    r"scratch(?:es)?|cracks?|dents?|snags?|marks?)\b",
    r"(?:stains?|holes?|tears?|rips?|scratch(?:es)?|cracks?|marks?)\b[^.!?]{0,30}(?:(?:straight|right|fresh)\s+out\s+of\s+"
    r"the\s+(?:bag|box|package|packaging|parcel)|when\s+(?:it|they)\s+(?:arrived|came)|on\s+arrival)",
    r"(?:item|items|piece|pieces|part|parts)\s+(?:was|were|is|are)\s+missing|missing\s+(?:an?\s+)?(?:item|items|piece|pieces|part|parts)",
    # Spanish / French / German / Portuguese / Italian
    r"(?:llego|vino|recibi)(?:\s+\w+){0,3}\s+(?:roto|rota|danado|danada|vacio|vacia|defectuoso|defectuosa|abierto)",
    r"(?:caja|paquete)\s+vaci[oa]",
    r"(?:arrive|arrivee|recu)(?:\s+\w+){0,3}\s+(?:casse|cassee|abime|abimee|endommage|endommagee|vide|defectueux)",
    r"colis\s+vide",
    r"(?:kaputt|beschadigt|defekt|zerbrochen|leer)\s+(?:angekommen|geliefert|bei\s+mir\s+angekommen)|leeres?\s+paket",
    r"(?:chegou|veio|recebi)(?:\s+\w+){0,3}\s+(?:quebrad[oa]|danificad[oa]|vazi[oa]|estragad[oa])",
    r"(?:arrivato|arrivata|arrivati|ricevuto)(?:\s+\w+){0,3}\s+(?:rott[oa]|danneggiat[oa]|vuot[oa]|difettos[oa])",
    r"pacco\s+vuoto",
)

_CHARGE_DISPUTED = any_of(
    # money sent back to a card or account that is not the customer's or no longer works: "refund went to the wrong card"
    r"refund\w*\s+(?:was\s+|got\s+|has\s+been\s+|had\s+been\s+|has\s+|have\s+)?(?:went|gone|sent|issued|credited|paid|"
    r"processed|returned|ended\s+up|came|landed)\s+(?:\w+\s+){0,2}?(?:to|on|onto|into|in)\s+"
    r"(?:the\s+|a\s+|an\s+|my\s+)?(?:wrong|old|different|another|"
    r"someone\s+else'?s|cancelled|canceled|closed|expired)\s+(?:\w+\s+)?(?:card|account|bank|paypal|method)",
    # ...said after the card: "my refund went to a card I cancelled"
    r"refund\w*\s+(?:was\s+|got\s+|has\s+been\s+|had\s+been\s+|has\s+|have\s+)?(?:went|gone|sent|issued|credited|paid|"
    r"processed|returned|ended\s+up|came|landed)\s+(?:\w+\s+){0,2}?(?:to|on|onto|into|in)\s+(?:the\s+|a\s+|an\s+|my\s+)?"
    r"(?:\w+\s+)?(?:card|account)\s+(?:that\s+|which\s+)?i\s+(?:have\s+|had\s+|'ve\s+|'d\s+)?(?:already\s+)?"
    r"(?:cancell?ed|closed|no\s+longer\s+(?:have|use))",
    # ...or said with "refunded": "you refunded me but to the wrong card" (not asked: "can I get refunded to another card?")
    r"(?<!be\s)(?<!get\s)refunded\s+(?:me\s+|it\s+|them\s+|us\s+)?(?:but\s+|only\s+|just\s+)?(?:to|on|onto|into)\s+"
    r"(?:the\s+|a\s+|an\s+|my\s+)?(?:wrong|old|different|another|someone\s+else'?s|cancelled|canceled|closed|expired)\s+"
    r"(?:\w+\s+)?(?:card|account|bank|paypal|method)",
    # English
    r"(?:charged|billed)\s+(?:me\s+)?(?:twice|two\s+times|double|three\s+times)|double[\s-](?:charged|billed|charge)",
    # a charge for something never asked for: "my account got charged for a premium membership I never signed up
    # for", "a charge on my card for something I didn't order" (not "...a membership I didn't want": a renewal)
    r"(?:charged|billed|charge|charges|debited)\s+(?:me\s+|on\s+my\s+\w+\s+)?(?:for\s+)(?:\w+\s+){0,4}?(?:i|we)\s+"
    r"(?:never|didn'?t|did\s+not|have\s+not|haven'?t)\s+(?:sign(?:ed)?\s+up\s+for|order(?:ed)?|buy|bought|"
    r"authori[sz]ed?|subscribed?\s+to|agreed?\s+to|ask(?:ed)?\s+for|make|made|purchased?)",
    # money taken twice in other words: "why did you take £89 from my account twice??", "debited the payment twice"
    r"(?:took|taken|take|taking|deducted|debited|withdrawn|withdrew)\s+(?:the\s+|my\s+)?(?:money|payment|"
    r"[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:£|\$|€|dollars|pounds|euros|usd|gbp|eur))\s+(?:\w+\s+){0,3}?"
    r"(?:twice|two\s+times|double)",
    r"(?:duplicate|unauthori[sz]ed|fraudulent|unknown)\s+(?:charge|transaction|payment|debit)",
    # money taken for an order the customer cancelled: "I cancelled my order but was still charged", "why did you take
    # $40 from my account when I cancelled?"
    r"(?:cancell?ed|canceled)\s+(?:\w+\s+){0,4}?(?:but|and|yet)\s+(?:i\s+)?(?:was\s+|got\s+|have\s+been\s+|'ve\s+been\s+|"
    r"you\s+|they\s+|u\s+)?(?:still\s+)?(?:charged|billed|debited|took|taken)",
    r"(?:charged|billed|debited|took|taken|take|taking|deducted)\s+(?:\S+\s+){0,6}?(?:when|after|even\s+though|although|"
    r"though)\s+(?:i|we)\s+(?:had\s+|have\s+|'d\s+|'ve\s+)?(?:already\s+)?(?:cancell?ed|canceled)",
    r"(?:didn't|didnt|did\s+not|never)\s+authori[sz]ed?\s+(?:this|the|that|a|any)\s+(?:charge|payment|transaction|purchase)",
    # the amount taken is not the one agreed: "I got charged full price but the sale price was showing", "overcharged",
    # "my refund was less than what I paid" (a person looks at what was taken and what is owed)
    r"over[\s-]?charged|(?:charged|billed)\s+(?:me\s+)?(?:the\s+)?(?:full|wrong|higher|incorrect|original)\s+(?:price|amount)|"
    r"(?:i\s+(?:was|got|have\s+been|'ve\s+been)|you(?:'ve)?|they(?:'ve)?|u)\s+(?:\w+\s+)?(?:charged|billed)\s+(?:me\s+)?"
    r"(?:more|extra)\s+(?:than|for)",
    r"refund\w*\s+(?:was|is|came\s+(?:back|to))\s+(?:only\s+)?(?:less|lower|smaller|short|not\s+the\s+full)|"
    r"(?:didn'?t|did\s+not|never)\s+(?:refund|get)\s+(?:me\s+)?(?:back\s+)?the\s+full\s+(?:amount|price|refund)|"
    r"refunded\s+(?:me\s+)?(?:only\s+)?(?:[$£€]?\d+(?:[.,]\d{2})?\s+)?(?:less|short|part)\s+(?:than|of)|"
    # the amount said wrong: "the refund amount is wrong", "my refund was incorrect"
    r"refund(?:\s+amount)?\s+(?:is|was|seems|looks)\s+(?:\w+\s+)?(?:wrong|incorrect|short|too\s+(?:low|little|small))|"
    # ...or said to be partial, and questioned: "why did I only get a partial refund?"
    r"(?:why|how\s+come)\s+(?:did|was|is|have)\s+(?:i|my\s+refund)\s+only\b[^.?!]{0,30}?\b(?:partial|part|half)|"
    r"only\s+(?:got|received|been\s+given|given)\s+(?:a\s+)?partial\s+refund|"
    # ...in figures: "why is my refund only $40 when i paid $60"
    r"(?:refund\w*\s+(?:was|is|of)\s+only|only\s+(?:got\s+|received\s+)?refunded(?:\s+me)?)\s+[$£€]?\d[^.!?]{0,30}?"
    r"(?:when|but|though|yet|and|while)\s+(?:i|we)\s+(?:had\s+|have\s+)?paid",
    r"(?:don't|do\s+not)\s+recogni[sz]e\s+(?:this|the|that|a)\s+(?:charge|payment|transaction)",
    # "chargeback", "file a charge back", never "do I get my delivery charge back?"
    r"chargeback|(?:file|filing|do|doing|raise|open|start|initiate)\s+a\s+charge[\s-]back|(?:dispute|disputing|disputed)\s+(?:the|this|a|my)\s+(?:charge|payment|transaction)",
    # a threat to take the payment to the bank ("I'll be contacting my bank", "I'll raise it with my credit card
    # company"): a chargeback on its way. Not "I contacted my bank and they see nothing" (checking, said in the past)
    r"(?:i'?ll|i\s+will|i\s+shall|i'?m\s+(?:going\s+to|gonna)|i\s+am\s+going\s+to)\s+(?:be\s+|have\s+to\s+|just\s+|now\s+)?"
    r"(?:contact(?:ing)?|call(?:ing)?|go(?:ing)?|report(?:ing)?|rais(?:e|ing)|tak(?:e|ing)|disput(?:e|ing)|escalat(?:e|ing)|"
    r"complain(?:ing)?)\s+(?:\w+\s+){0,3}?(?:my|the)\s+(?:bank|card\s+(?:company|issuer|provider)|credit\s+card\s+"
    r"(?:company|provider|issuer)|card\s+provider)(?!\s+(?:to|and)\s+(?:check|see|ask|confirm|find))",
    # ...or said as what happens now: "still no refund. I'm contacting my bank"
    r"(?:i'?m|i\s+am)\s+(?:now\s+|just\s+)?(?:contacting|calling|ringing|reporting|raising|disputing|escalating|"
    r"complaining)\s+(?:\w+\s+){0,3}?(?:my|the)\s+(?:bank|card\s+(?:company|issuer|provider)|credit\s+card\s+"
    r"(?:company|provider|issuer))(?!\s+(?:to|and)\s+(?:check|see|ask|confirm|find))",
    # Spanish / French / German / Portuguese / Italian
    r"(?:cobrado|cobraron|cobrasteis|cobro)\s+(?:\w+\s+)?dos\s+veces|cargo\s+(?:duplicado|que\s+no\s+reconozco|no\s+autorizado)",
    r"(?:debite|preleve|facture)e?s?\s+(?:\w+\s+)?deux\s+fois|(?:double\s+prelevement|prelevement\s+(?:en\s+double|non\s+autorise))",
    r"(?:doppelt|zweimal)\s+(?:abgebucht|belastet|berechnet)|nicht\s+autorisierte\s+(?:abbuchung|zahlung)",
    r"cobrad[oa]s?\s+(?:\w+\s+)?duas\s+vezes|cobranca\s+(?:duplicada|indevida|nao\s+autorizada)",
    r"addebitat[oia]\s+(?:\w+\s+)?due\s+volte|doppio\s+addebito|addebito\s+non\s+autorizzato",
)

# The shop sent the wrong thing; not "I ordered the wrong size" (the customer's own choice: an exchange), nor a
# courier leaving someone else's parcel at the door (a delivery question).
_WRONG_ITEM_RECEIVED = any_of(
    # English
    r"(?:you|they|u)?\s*(?:sent|shipped|delivered|gave)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+)?wrong\s+(?:\w+\s+)?"
    r"(?:item|items|size|colou?r|product|order|thing|one|model|shoes?|parcel|package)",
    r"(?:received|got|came\s+with|contained|contains)\s+(?:the\s+|a\s+)?wrong\s+(?:item|items|product|order|thing|model|"
    r"colou?r)",
    r"(?:isn'?t|is\s+not|wasn'?t|was\s+not|not)\s+what\s+i\s+ordered",
    r"wrong\s+(?:item|items|product)\s+(?:in|inside)\s+(?:the|my)\s+(?:box|parcel|package)",
    # a pair that came mismatched: "the shoes I got are two different sizes" (not "torn between two different sizes")
    r"(?:are|were|is|came\s+(?:in|as))\s+(?:two|2)\s+different\s+(?:sizes|colou?rs)|mismatched\s+(?:pair|shoes|sizes)|"
    r"(?:two|2)\s+(?:left|right)\s+(?:shoes|boots|sneakers|trainers|feet)",
    # ...told size by size: "one of them is a size 9 and the other a 10"
    r"one\s+(?:of\s+them|shoe|boot|sneaker|trainer)\s+(?:is|was)\s+(?:an?\s+)?(?:size\s+)?"
    r"(?:\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|small|medium|large)\s+and\s+the\s+other\s+(?:(?:one\s+)?(?:is|was|'s)\s+)?"
    r"(?:an?\s+)?(?:size\s+)?(?:\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|small|medium|large)\b",
    # Spanish / French / German / Portuguese / Italian
    r"(?:me\s+)?(?:enviaron|mandaron|llego|recibi|vino)\s+(?:\w+\s+)?(?:un|el|la|una)?\s*(?:articulo|producto|talla|color|"
    r"pedido)?\s*(?:equivocad[oa]|incorrect[oa]|distint[oa])|no\s+es\s+lo\s+que\s+ped[ií]",
    r"(?:envoye|recu|livre)\s+(?:le\s+|la\s+|un\s+|une\s+)?(?:mauvais|mauvaise)\s+(?:article|produit|taille|couleur|"
    r"commande)|(?:ce\s+n'est|c'est)\s+pas\s+ce\s+que\s+j'ai\s+commande",
    r"(?:falschen?|falsche)\s+(?:artikel|ware|grosse|farbe|produkt|paket)\s+(?:\w+\s+){0,2}?(?:geliefert|geschickt|"
    r"bekommen|erhalten)|nicht\s+(?:das|die|den),?\s+was\s+ich\s+bestellt\s+habe",
    r"(?:enviaram|mandaram|recebi|chegou|veio)\s+(?:\w+\s+)?(?:o|a|um|uma)?\s*(?:produto|item|tamanho|cor|pedido)?\s*"
    r"(?:errad[oa]|trocad[oa])|nao\s+e\s+o\s+que\s+(?:eu\s+)?pedi",
    r"(?:inviato|spedito|ricevuto|arrivato)\s+(?:\w+\s+)?(?:l'|il|la|un|una)?\s*(?:articolo|prodotto|taglia|colore|"
    r"ordine)?\s*sbagliat[oa]|non\s+e\s+quello\s+che\s+ho\s+ordinato",
)

# "ordered navy, got black", "I ordered a medium but you sent me a large": what came is not what was ordered. Never what
# came about the order ("ordered on monday, got a confirmation"), nor the order itself ("ordered the boots and got them").
_NOT_GOODS_CAME = (r"(?:it|them|they|nothing|this|that|one|my|the\s+(?:order|parcel|package|delivery|confirmation)|"
                   r"an?\s+(?:e-?mail|confirmation|notification|text|message|call|refund|update|tracking|reply|response)|"
                   r"e-?mails?|confirmation|notifications?|texts?|messages?|refund|tracking|order|parcel|package|delivery|"
                   r"charged|told|no|only|back|here|there)\b")
_ORDERED_GOT = re.compile(
    r"\b(?:i\s+|we\s+)?ordered\s+(?:(?:a|an|the|my|some|two|2)\s+)?"
    r"(?!(?:on|in|at|from|last|this|it|them|online|yesterday|today|early|before|twice|again|two|2)\b)"
    r"(\w+(?:\s+\w+){0,2}?)\s*[,;]?\s*(?:but|and|yet)?\s*(?:i\s+|we\s+)?"
    r"(?:got|received|recieved|you\s+sent(?:\s+me)?|they\s+sent(?:\s+me)?|u\s+sent(?:\s+me)?|came\s+as|arrived\s+as)\s+"
    rf"(?:(?:a|an|the|some)\s+)?(?!{_NOT_GOODS_CAME})(\w+)")


def _other_goods_came(sentence: str) -> bool:
    """The sentence says the goods that came are not the ones ordered ("ordered navy, got black")."""
    found = _ORDERED_GOT.search(sentence)
    return bool(found) and found.group(2) not in found.group(1).split()


# A delivery status denied in the next short sentence: "it says delivered. it isn't.", "apparently it's been
# delivered?? no it hasn't" (read across the sentence break, so on the whole message)
_DELIVERED_THEN_DENIED = any_of(
    r"(?:says|shows|marked|showing|apparently|supposedly)\s+(?:it'?s\s+been\s+|it\s+was\s+|as\s+)?delivered"
    r"[?!.,\s]+(?:no|nope|but)?,?\s*(?:it|they)\s+(?:hasn't|hasnt|has\s+not|isn't|isnt|is\s+not|wasn't|wasnt|"
    r"was\s+not|haven't|aren't|weren't)(?:\s+been)?(?:\s+(?:here|there|delivered|received|arrived))?\s*(?:[.!?,]|$)")

_REPORTS = ((DELIVERED_NOT_RECEIVED, _DELIVERED_NOT_RECEIVED), (ARRIVED_DAMAGED, _ARRIVED_DAMAGED),
            (CHARGE_DISPUTED, _CHARGE_DISPUTED), (WRONG_ITEM_RECEIVED, _WRONG_ITEM_RECEIVED))
# A sentence that asks for a delivery somewhere ("can I get my order delivered to a different address?") reports no
# parcel delivered elsewhere.
_DELIVERY_ASKED_FOR = any_of(r"(?:to\s+be\s+|be\s+|get\s+(?:\w+\s+){1,2}|have\s+(?:\w+\s+){1,2}|want\s+(?:\w+\s+){1,2})"
                             r"(?:delivered|sent|shipped)\s+(?:to|at)")
_ASKING = any_of(r"can|could|possible|want|wanna|would\s+like|i'?d\s+like|please|pls")
# A sentence that asks about the situation rather than reporting it ("what if it arrives damaged?"); "what happens
# now?" after a report asks what comes of it ("my refund went to a card I cancelled, what happens now?").
_HYPOTHETICAL = any_of(r"what\s+if", r"if", r"in\s+case", r"si", r"falls", r"wenn", r"se", r"caso")


def reported_problems(text: str) -> list[str]:
    """The tier-2 problems a message reports (in the order of _REPORTS), none for a hypothetical question."""
    found: list[str] = []
    told = [s for s in sentences(fold(text)) or [""] if not (_HYPOTHETICAL.search(s) and "?" in s)]
    # reported in one sentence; a failed payment that took money and goods that do not work, in the message
    for sentence in told:
        found += [name for name, pattern in _REPORTS if name not in found and pattern.search(sentence)
                  and not (name == DELIVERED_NOT_RECEIVED and _asks_for_a_delivery(sentence))]
    told_text = " ".join(told)
    if DELIVERED_NOT_RECEIVED not in found and _DELIVERED_THEN_DENIED.search(told_text):
        found.insert(0, DELIVERED_NOT_RECEIVED)
    if CHARGE_DISPUTED not in found and reports_money_taken_without_order(told_text):
        found.append(CHARGE_DISPUTED)
    if WRONG_ITEM_RECEIVED not in found and any(_other_goods_came(sentence) for sentence in told):
        found.append(WRONG_ITEM_RECEIVED)
    if reports_faulty_goods(told_text):
        found.append(GOODS_FAULTY)
    if reports_missing_goods(told_text):
        found.append(GOODS_MISSING)
    if points_elsewhere(text):
        found.append(CONTENT_ELSEWHERE)
    if contests_what_was_said(told_text):
        found.append(CONTESTED)
    return found


def _asks_for_a_delivery(sentence: str) -> bool:
    """"Can I get my order delivered to a different address?": a wish, not a parcel that went elsewhere."""
    return bool(_DELIVERY_ASKED_FOR.search(sentence) and ("?" in sentence or _ASKING.search(sentence)))
