"""A service of another company (a streaming subscription, a game store, an app, a food delivery, an airline) is theirs to help with.

"my spotify premium renewed without asking, can I get my money back?" read as a refund asked for (0.6, handed to a
person), "why did my xbox game pass charge me twice" as a disputed charge (tier 2), "can you reset my Instagram
password" got our own password-reset steps and "the airline lost my suitcase, what do I do" went to a person as a lost
parcel. The brand can neither see nor refund another company's subscription, account, app purchase or flight; a person
of ours could not either. So when a message calls its account, subscription, charge, purchase or luggage another
service's, every reading goes to out of scope, whose reply says what the agent can help with and offers a person (as an
order placed with another shop does, other_shop_order.py).

Only a service named as the customer's, or as the one that acted, counts: "I saw your jacket on Instagram" or "can I
pay with PayPal?" ask the brand something, and banks stay out (the customer's bank is where our refunds land: "my bank
says there's no pending refund" is ours). Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.intents import OUT_OF_SCOPE
from graph.reasoning.readings import all_moved_when
from graph.reasoning.text_norm import any_of, fold

# Consumer services customers most often mix up with a shop: streaming, games, apps, social networks, phone and
# internet providers, rides and stays, airlines.
OTHER_SERVICES = (
    r"spotify|netflix|hulu|disney\s*\+|disney\s+plus|hbo(?:\s+max)?|paramount\s*\+|peacock|youtube(?:\s+(?:premium|tv|"
    r"music))?|apple\s+(?:music|tv|arcade|one)|icloud|itunes|audible|kindle|xbox(?:\s+(?:live|game\s+pass))?|game\s*pass|"
    r"playstation(?:\s+plus)?|ps\s*(?:plus|\+|now|store)|psn|nintendo(?:\s+(?:switch\s+)?online)?|steam|epic\s+games|"
    r"fortnite|roblox|twitch|instagram|insta|facebook|fb|tiktok|snapchat|whatsapp|twitter|linkedin|gmail|outlook|"
    r"hotmail|yahoo|verizon|at\s*&\s*t|t-?mobile|sprint|vodafone|comcast|xfinity|spectrum|uber|lyft|airbnb|"
    r"ryanair|easyjet|delta|united\s+airlines|american\s+airlines|southwest|jetblue|british\s+airways|lufthansa|"
    r"uber\s*eats|door\s*dash|deliveroo|grubhub|instacart|just\s*eat|postmates|gopuff"
)
# What of it is the customer's: an account, a subscription or its renewal, a charge or bill, a purchase in it.
_WHAT_OF_IT = (
    r"(?:account|acct|subscription|sub|membership|premium|plus|family\s+plan|plan|trial|renewal|password|login|log\s*in|"
    r"profile|page|app|bill|billing|charge|payment|purchase|order|game|games|book|books|ebook|download|code|codes|"
    r"gift\s*card|credits?|points|driver|rider|dasher|shopper|food|meal|ride|trip|booking|flight|reservation|refund|device|"
    r"console|library)"
)
_ANOTHER_SERVICES = any_of(
    rf"(?:my|our|an?|the)\s+(?:{OTHER_SERVICES})\s+(?:\w+\s+)?{_WHAT_OF_IT}s?\b",
    # the service as the one that acted: "spotify charged me twice", "netflix renewed without asking"
    rf"\b(?:{OTHER_SERVICES})\s+(?:has\s+|have\s+|just\s+|keeps?\s+|kept\s+)?(?:charged|billed|renewed|took|debited|"
    r"banned|suspended|locked|deleted|cancell?ed|overcharged|double\s+charged|hacked)",
    # bought in another company's store: "a refund from the app store", "a game code that doesn't work"
    r"(?:from|on|in|through|via)\s+(?:the\s+)?(?:app\s+store|google\s+play|play\s+store|"
    r"playstation\s+store|ps\s+store|xbox\s+store|microsoft\s+store|nintendo\s+eshop|eshop|kindle\s+store)",
    r"\b(?:game|gaming|cd|steam|psn|xbox|nintendo|itunes|google\s+play)\s+(?:code|key|voucher)s?\b",
    # flying: the airline's luggage is the airline's ("before my flight" is only a date for a parcel)
    r"\b(?:the|my|an?)\s+airlines?\b", r"\b(?:lost|delayed|damaged)\s+(?:my\s+)?(?:luggage|suitcase|baggage)\b",
)


def names_another_service(text: str) -> bool:
    """The message calls its account, subscription, charge or purchase another company's service's, or is about a
    flight ("my spotify premium renewed", "a refund from the app store", "the airline lost my suitcase")."""
    return bool(_ANOTHER_SERVICES.search(fold(text or "")))


def read_other_service(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with every other reading's mass on out of scope when the service asked about is another
    company's."""
    return all_moved_when(probs, text, names_another_service, OUT_OF_SCOPE)
