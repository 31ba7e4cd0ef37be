"""Questions about customer care itself: when it works, how soon it answers, how to write to it.

"What time does customer service close today?", "are you open on Sundays?", "how long do you take to answer
emails?", "what's your email address?". No intent of the taxonomy is about the support team, so the intent model
spread them over whatever their words touched: a complaint (handed to a person for a question the help center
answers), the account's email ("what's your email address?" got how to change the email on an account) or
nothing it could name. The labelling guide files them with the messages that ask nothing of an order (the
out-of-scope reading), and the contact article ("What we can help with") says the hours, the reply time and the
address, so that reading answers from it. Asking for a person, a phone number or a call is a human request
(human_request.py), not this. Only a message that asks nothing else: "what time do you close? I need to return
my jacket" is a return. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import all_moved_to
from graph.reasoning.signals import reads_as_ask
from graph.reasoning.text_norm import GIFT_CARD, any_of, fold, sentences

OUT_OF_SCOPE = "out_of_scope"

_TEAM = (r"(?:customer\s+(?:service|services|care|support)|support(?:\s+team)?|help\s*desk|live\s+chat|chat|"
         r"call\s+cent(?:er|re)|your\s+team|the\s+team|office|offices)")
_WHO = rf"(?:you|u|ya|you\s+guys|y'all|(?:the\s+|your\s+)?{_TEAM}|someone|anyone|somebody|anybody)"
# not "back": "when are you back in stock?" asks after goods
_OPEN = r"(?:open|opened|close|closed|closing|opening|available|online|working|around|there|staffed)"
_HOLIDAYS = r"(?:(?:bank|public|national|federal)\s+)?holidays?"
_WHEN = (rf"(?:today|tonight|tomorrow|now|right\s+now|(?:at|on|over)\s+(?:the\s+)?(?:weekends?|night|{_HOLIDAYS})|"
         rf"weekends?|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|{_HOLIDAYS}|24\s*/\s*7|24\s+hours|"
         r"all\s+day|late|early|christmas|thanksgiving|easter|new\s+year'?s?(?:\s+day|\s+eve)?|boxing\s+day)")
_HOURS = any_of(
    rf"(?:what|which)\s+(?:time|hours?|days?)\s+(?:does|do|is|are)\s+{_WHO}\s+(?:\w+\s+)?(?:{_OPEN}|start|finish|end)",
    rf"when\s+(?:does|do|is|are)\s+{_WHO}\s+(?:{_OPEN})",
    rf"is\s+there\s+(?:someone|anyone|somebody|anybody|a\s+person|an\s+agent)\s+(?:\w+\s+)?{_OPEN}\s+(?:\w+\s+)?{_WHEN}",
    rf"(?:are|is)\s+{_WHO}\s+(?:\w+\s+)?{_OPEN}\s+(?:\w+\s+)?{_WHEN}",
    rf"{_TEAM}\s+(?:opening\s+|business\s+|office\s+|working\s+)?hours",
    r"(?:what\s+are|what're|whats|what's)\s+(?:your|the)\s+(?:opening\s+|business\s+|office\s+|working\s+)?hours",
)
_REPLIES = r"(?:reply|replies|respond|response|responses|answer|answers|get\s+back)"
_REPLY_TIME = any_of(
    rf"how\s+(?:long|quickly|soon|fast)\s+(?:does|do|will|would|can)\s+(?:it\s+take\s+(?:for\s+)?)?{_WHO}\s+(?:to\s+)?"
    rf"(?:\w+\s+)?{_REPLIES}",
    rf"how\s+(?:long|quickly|soon)\s+(?:does|will)\s+it\s+take\s+to\s+(?:get|hear|receive)\s+(?:a\s+|an\s+)?{_REPLIES}",
    rf"(?:what(?:'s|\s+is)|whats)\s+(?:your|the)\s+(?:usual\s+|average\s+)?{_REPLIES}\s+time",
)
_CHANNEL = any_of(
    rf"(?:what(?:'s|\s+is)|whats|wats)\s+(?:your|the\s+{_TEAM})\s+(?:{_TEAM}\s+|contact\s+)?e-?mail(?:\s+address)?",
    rf"(?:what(?:'s|\s+is)|whats)\s+the\s+e-?mail(?:\s+address)?\s+(?:for|of)\s+{_TEAM}",
    rf"how\s+(?:can|do|could|should)\s+i\s+(?:e-?mail|write\s+to|message|dm|chat\s+(?:with|to))\s+{_WHO}",
    rf"(?:do|does)\s+{_WHO}\s+have\s+(?:a\s+|an\s+)?(?:live\s+chat|e-?mail(?:\s+address)?|chat)",
    rf"(?:best|right|correct|easiest)\s+(?:e-?mail|way|address)\s+(?:address\s+)?to\s+(?:reach|contact|write\s+to|e-?mail)\s+"
    rf"{_WHO}",
)
# Words of a request beside it: the contact question is then an aside, and the request is the reading.
_ANOTHER_REQUEST = any_of(
    r"orders?|ordering|parcels?|packages?|deliver\w*|shipments?|shipping|tracking|returns?(?!\s+(?:e-?mails?|messages?|calls?))|"
    r"returning|refund\w*|exchang\w*|cancel\w*|sizes?|sizing|charg\w*|payments?|items?|stock|products?|jackets?|"
    r"shoes?|boots?|dress\w*|shirts?|tees?|jeans|account|password|codes?|discounts?|promo\w*", GIFT_CARD,
)


def asks_about_customer_care(text: str) -> bool:
    """The message asks when customer care works, how soon it answers or how to write to it, and asks nothing
    else of the store."""
    folded = fold(text or "")
    return any(_asks(sentence) for sentence in sentences(folded) or [folded]) and not _ANOTHER_REQUEST.search(folded)


def _asks(sentence: str) -> bool:
    """A sentence that asks (signals.reads_as_ask: a question, not a remark such as "your customer service hours are
    a joke") about the hours, the reply time or the address."""
    return reads_as_ask(sentence) and bool(_HOURS.search(sentence) or _REPLY_TIME.search(sentence)
                                           or _CHANNEL.search(sentence))


def read_customer_care_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with all its mass on the out-of-scope reading (answered from the contact article), when
    the message asks only about customer care itself."""
    if not asks_about_customer_care(text):
        return probs
    return all_moved_to(probs, OUT_OF_SCOPE)
