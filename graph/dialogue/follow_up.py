"""How a reply to a follow-up opens, and what replaces a reply that would repeat the last one.

People answer an agent the way they answer a call centre: they give their name, ZIP code or e-mail although
they are signed in, or say they don't have the order number. Answered with the same text as before, they
feel unheard. So the reply first acknowledges what they gave, briefly (for a signed-in customer: the account
is already known; the details are neither repeated nor compared with the account), then goes on with the
pending question. And the agent never sends the same reply twice in a row: it asks what the customer needs
instead, and offers a person.
"""

from __future__ import annotations

import re

from graph.dialogue.open_question import asks_which_order
from graph.dialogue.slots import opens_as_question, read_slots
from graph.reasoning import phrases

IDENTITY_SLOTS = {"name", "email", "postcode", "phone"}
# Not having the order number: "I don't have the order ID", "can't find my receipt", "no idea what the number is".
_NO_ORDER_NUMBER = re.compile(
    r"\b(don'?t|do not|dont|can'?t|cannot|couldn'?t|no longer) (have|remember|recall|find|locate|know)\b[^.?!]{0,25}"
    r"\b(order (number|id|no|#)|number|id|receipt|confirmation( email)?)\b|"
    r"\b(lost|deleted|forgot) (the|my) (order (number|id)|receipt|confirmation)",
    re.IGNORECASE,
)
MAX_GREETING_CHARS = 40


def acknowledgement(text: str, reply: str, signed_in: bool, language: str, about_address: bool = False) -> str | None:
    """The sentence that acknowledges the details a follow-up gave, or None when it gave none to acknowledge.
    `about_address`: the conversation is about an order's address, so a ZIP code given is the address's."""
    slots = read_slots(text)
    notes = []
    identity = slots.kinds & IDENTITY_SLOTS
    if "address" in slots.kinds or about_address:
        identity -= {"postcode"}  # the ZIP code of a new address is part of it, not who the customer is
    if signed_in and identity:
        notes.append(phrases.say("signed_in_already", language))
    if _NO_ORDER_NUMBER.search(text) and "order_number" not in slots.kinds:
        notes.append(phrases.say("no_problem" if asks_which_order(reply) else "no_number_needed", language))
    return " ".join(notes) or None


def _gives_who(text: str, also: frozenset[str]) -> bool:
    """The message gives who the customer is and nothing else but the slot kinds in `also`."""
    slots = read_slots(text)
    return slots.is_detail_reply and bool(slots.kinds & IDENTITY_SLOTS) and slots.kinds <= IDENTITY_SLOTS | also


def only_identity(text: str) -> bool:
    """The message only gives who the customer is ("Sure, it's ana@example.com"): nothing to answer but that."""
    return _gives_who(text, frozenset({"agreement"}))


def gives_only_who(text: str) -> bool:
    """The message only gives details of who the customer is (a name, a ZIP code, a phone number), though a number
    in it might be read as an order number too ("Colin Harris, 96870")."""
    return _gives_who(text, frozenset({"agreement", "order_number"}))


def with_opening(reply: str, note: str | None) -> str:
    """The note as the reply's first paragraph after the greeting ("Hi Ana,")."""
    if not note or not reply:
        return reply
    head, sep, rest = reply.partition("\n\n")
    if sep and len(head) <= MAX_GREETING_CHARS and head.rstrip().endswith(","):
        return f"{head}\n\n{note}\n\n{rest}"
    return f"{note}\n\n{reply}"


def _body(reply: str) -> set[str]:
    """The reply's lines without the greeting and the closing question: what it actually says (by line: the same
    proposal without its article's link under it says nothing new)."""
    closings = set(phrases.PHRASES["anything_else"].values())
    paragraphs = [p.strip() for p in reply.split("\n\n") if p.strip()]
    if paragraphs and len(paragraphs[0]) <= MAX_GREETING_CHARS and paragraphs[0].endswith(","):
        paragraphs = paragraphs[1:]
    return {line.strip() for p in paragraphs if p not in closings for line in p.split("\n") if line.strip()}


def repeats(reply: str, previous: str | None) -> bool:
    """The reply says nothing the previous one did not already say."""
    if not previous or not reply:
        return False
    body = _body(reply)
    return bool(body) and body <= _body(previous)


# A question asked again ("when will it arrive?" right after the status reply): the sentence of that reply closest to
# it (MiniLM cosine of the English readings) is said again if at least this close; otherwise it is no answer to it.
MIN_ANSWERING_SIMILARITY = 0.45
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SAYS_WHAT_WAS_PAID = re.compile(r"\b(?:came\s+to|paid\s+with)\b")


def answering_sentence(question: str, previous: str | None, language: str) -> str | None:
    """The sentence of the previous reply that answers a question asked again, or a step the customer says they tried
    ("I tried resetting but the link says expired": the reply's "request a new one if it expired"); None otherwise
    (no question or step, no close sentence)."""
    from graph.reasoning.carrier_questions import asks_who_carries, names_a_carrier
    from graph.reasoning.glossary import english_reading
    from graph.reasoning.offline.passages import repeats_a_step_taken
    from graph.reasoning.offline.steps_taken import steps_taken
    from graph.reasoning.own_payment import asks_own_amount, asks_own_payment
    from tools.knowledge.query_vectors import minilm_vectors

    asked = "?" in (question or "") or opens_as_question(question)
    steps = steps_taken(english_reading(question or "", language))
    if not previous or not (asked or steps):
        return None

    # a lead-in to a table or a list ("Here is the size chart for the boot:") says nothing once quoted alone, nor
    # does a row of the table ("is it true to size?" after a size chart was told "As I said above: | Size | Chest |")
    sentences = [part.strip() for paragraph in _body(previous) for part in _SENTENCE_END.split(paragraph)
                 if len(part.split()) >= 3 and not part.strip().startswith(("http", "More in our help center"))
                 and not part.strip().endswith(":") and "|" not in part]
    # never the step they say they took, again ("I checked spam already": not "Check spam and promotions folders")
    sentences = [t for t in sentences if not (steps and repeats_a_step_taken(english_reading(t, language), steps))]
    if not sentences:
        return None
    # "and which carrier is it with?", "which card did I use?": the sentence that names the carrier ("...is on its way
    # with USPS") or the payment ("...came to $88.00, paid with your Visa card ending 5879"), which the encoder does not
    # know for a carrier's name or a card's
    english = english_reading(question or "", language)
    if asks_who_carries(english) and (naming := [t for t in sentences if names_a_carrier(t)]):
        return naming[0]
    if (asks_own_payment(english) or asks_own_amount(english)) and (
            paid := [t for t in sentences if _SAYS_WHAT_WAS_PAID.search(t)]):
        return paid[0]
    vectors = minilm_vectors([english, *(english_reading(t, language) for t in sentences)])
    closeness = vectors[1:] @ vectors[0]
    best = int(closeness.argmax())
    return sentences[best] if closeness[best] >= MIN_ANSWERING_SIMILARITY else None


def answers_nothing(reply: str) -> bool:
    """The reply only says the help center has nothing on it: for a follow-up that gave details (a name, "I
    don't have the number"), there was no question to look up, so that is no answer to what it said."""
    body = _body(reply)
    return len(body) == 1 and body <= set(phrases.PHRASES["not_in_help_center"].values())
