"""The agent asks for the order, the customer answers: how many real conversations go when the first
message names no order ("my parcel still hasn't come"). The answer comes in every form people use: the
number in any shape, the e-mail or name and ZIP instead, not having it, the one with an item in it
(never "the most recent one": the ticket's order need not be the latest).

It draws from its own random stream, keyed by the ticket, so adding these exchanges leaves every other
generated row (and the first messages the intent model learns from) exactly as it was.
"""

from __future__ import annotations

import random

ASK_SHARE = 0.6  # of the tickets whose first message names no order, the agent asks for it in this many

ASKS = [
    "It's in your confirmation email: could you send me the order number?",
    "Happy to look into it. The order number starts with NB and is in your confirmation email: which order "
    "is this about?",
    "Can you confirm the email address on the order, or your full name and ZIP code, so I can find it?",
    "Could you tell me the order number, or what was in the order?",
    "Sorry to hear that! So I can check, what's the order number?",
]
ANSWERS = [
    "{id}", "it's {ref}", "order number is {ref}", "Sure, it's {ref}.", "{ref} sorry", "here you go: {ref}",
    "oh sorry, {ref}", "ok its {lo}", "The order ID is {ref}.", "{ref} thanks", "yes it's {ref}",
    "I don't have the order number, but my email is {email}", "sure, {first} {last}, zip {zip}",
    "My name is {first} {last} and my zip code is {zip}.", "{email}", "it's under {email}",
    "Name's {first} {last}, {zip}", "{first} {last}", "email is {email} if that helps",
    "I don't have the order number with me right now, sorry", "can't find the confirmation email tbh",
    "not sure, I deleted the email. it was the {item}", "the one with the {item}", "the {item} one",
    "Sorry, I can't remember it. It's the order with the {item} in it.",
    "my mistake, I should have said: {ref}",
]
REFS = ["{id}", "#{id}", "{digits}", "#{digits}", "{lo}"]


def detail_exchange(key: str, customer: dict, order_id: str, item: str) -> tuple[str, str] | None:
    """(the agent's ask, the customer's answer) for this ticket, or None when the agent needed no detail."""
    rng = random.Random(key)
    if rng.random() >= ASK_SHARE:
        return None
    digits = order_id[len("NB"):] if order_id.startswith("NB") else order_id
    ref = rng.choice(REFS).format(id=order_id, digits=digits, lo=order_id.lower())
    answer = rng.choice(ANSWERS).format(
        id=order_id, ref=ref, lo=order_id.lower(), email=customer["email"], first=customer["first_name"],
        last=customer["last_name"], zip=customer["address"]["zip"], item=item,
    )
    return rng.choice(ASKS), answer
