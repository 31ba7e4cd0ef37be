"""A later message is read in its conversation, not alone.

"Sure, my email is ana@example.com", "it's #NB104566", "I don't have the order number", "the blue one",
"yes please", "any update?": read alone such a message has no intent a model can be sure of (or a wrong
one: a name reads as chit-chat, "I missed a digit" as a wrong item), and escalating it for low confidence
drops a conversation that was going fine. So the reading of a later turn mixes two hypotheses:

- the message continues the open topic (`Dialogue.topic`), with a prior that depends on its form: it only
  supplies details or answers what the agent asked (slots.py, open_question.py), it is a short follow-up
  that points back ("and when will it come?"), or it is any other later message;
- it is a new request, distributed as the intent model reads it alone.

P(topic) = w + (1 - w) * P_alone(topic family) for a detail, an answer or a few words (they carry no intent of
their own); for a longer follow-up that asks something, Bayes with w as the prior (`_in_context`). The turn keeps
the topic when that beats every other intent and the message does not read confidently as something else; its routing confidence is then the
lower of the topic's confidence and P(topic): the conversation's, not the fragment's. A message that reports a
problem ("it arrived broken") is never folded into the topic: it is news a person may need to see.
The priors are stated constants of conversation structure, not fitted to any evaluation set.
"""

from __future__ import annotations

import re

from graph.dialogue.offer_taken import OFFER_TAKEN
from graph.dialogue.slots import ORDERING_SLIP, SlotReading, normalise, opens_as_question, read_slots
from graph.intents import INTENTS, family_of
from graph.reasoning.base import Classification
from graph.reasoning.faulty_goods import reports_faulty_goods
from graph.reasoning.refund_questions import REFUND_READINGS, asks_refund_route
from graph.reasoning.topic import names_a_topic
from graph.state import Dialogue, Question
from tools.oms.actions.change_address import mentions_address
from tools.oms.catalogue import names_a_variant, names_only_a_variant
from tools.oms.item_match import goods_named, picks_order_by_goods
from tools.oms.order_choice import (
    SENDS_BACK_INTENTS,
    asks_to_see_orders,
    names_latest_order,
    points_at_the_order_before,
    says_when_placed,
)

CONFIDENT = 0.7
MAX_DETAIL_CHARS = 240
# Prior that a later message continues the open topic, by its form.
STAY_DETAIL = 0.9  # it only supplies details, says yes/no, has none, or answers the agent's open question
STAY_SHORT = 0.8  # a few words with no request of their own ("any update?", "still nothing", "and?")
STAY_FOLLOW_UP = 0.6  # a short message pointing back at what was discussed ("when will it get here?")
STAY_ANY = 0.25  # any other later message: most turns of a support conversation stay on its subject
SHORT_WORDS = 5
SURE_ANEW = 0.9  # a few words about "it" leave the topic only when they read this surely as another request
FOLLOW_UP_WORDS = 15
ANSWER_WORDS = 20  # a reply this short, to a question the agent asked, answers it
# A word that stands for something said before: a question with one is about it.
_NAMES_WHAT_WAS_SAID = re.compile(r"\b(it|that|this|them|those|these|they|the (order|parcel|package|item|items|refund|"
                                  r"return|exchange|delivery|one|rest|money|label|tracking))\b", re.IGNORECASE)
_POINTS_BACK = re.compile(
    r"^\W*(and|but|so|ok(ay)?|then|also|what about|how about|any|still|when|how long|what if|why)\b|"
    + _NAMES_WHAT_WAS_SAID.pattern,
    re.IGNORECASE,
)
ACTION_FLOWS = {"return_request", "exchange", "cancel_order", "change_address"}
# A statement that asks for something of its own ("I'd like to exchange the one from my last order for a bigger
# size", after "which order is it?"; "let's cancel the entire order" after a size asked for an exchange): it may answer
# the agent too, but it is read as a request, not as a detail.
_ASKS_AN_ACTION = re.compile(
    r"\b(?:i'?d like to|i would like to|i want to|i wanna|i need to|can (?:you|u|i)|could (?:you|u|i)|let'?s|let us)\s+"
    r"(?:\w+\s+)?"
    r"(?:exchange|return|cancel|change|swap|refund|track|update|modify|send back)\b"
    # ...or bid: "ok, return it then", "fine, exchange them" (a cancellation refused, its order delivered), "ok please
    # cancel it" (after its status)
    r"|^\W*(?:(?:ok(?:ay)?|alright|fine|then|so|well)\W+)*(?:please\s+)?(?:exchange|return|swap|refund|cancel)\s+"
    r"(?:it|them|that|this|the)\b",
    re.IGNORECASE,
)
_QUESTION_WORD = re.compile(r"\b(how|what|when|where|why|which)\b", re.IGNORECASE)
# A request typed without its question mark: "ok can you at least change the address then".
_ASKS_UNMARKED = re.compile(r"\b(can|could|would|will) (you|u|i|we)\b", re.IGNORECASE)
_ORDER_REFERENCE = re.compile(
    r"\b(?:my|the|that|this)\s+(?:(?:last|latest|recent|previous|first|other|most recent)\s+)?(?:order|purchase)\b",
    re.IGNORECASE,
)
# "Hey ho!", a poem, praise: nothing of ours is being discussed yet, so what comes next is read on its own.
NOT_A_TOPIC = {"out_of_scope"}
# Questions about the goods an exchange is about (their sizes, their stock): they leave the exchange open.
ASKED_OF_THE_GOODS = {"sizing", "product_info"}


def is_detail_reply(text: str) -> bool:
    """A short message that gives details (identity, an order number, a choice, not having one) rather than a new ask."""
    return len(text) <= MAX_DETAIL_CHARS and read_slots(text).is_detail_reply


def stay_prior(text: str, slots: SlotReading, awaiting: list[str], learned: float | None = None) -> tuple[float, str | None]:
    """(prior that the message continues the topic, which form said so). `learned`: how much the message reads
    like a reply inside a conversation by the history (offline/continuation_model.py); it can raise a
    follow-up's prior up to STAY_SHORT, never to a detail reply's, and never past a reported problem."""
    prior, how = _form_prior(text, slots, awaiting)
    if how == "follow_up" and learned is not None:
        prior = max(prior, min(learned, STAY_SHORT))
    return prior, how


def _form_prior(text: str, slots: SlotReading, awaiting: list[str]) -> tuple[float, str | None]:
    text = normalise(text)
    if slots.problem or reports_faulty_goods(text):  # slots.problem: slots.reports_problem of this same text
        return 0.0, None  # news: "the shirt has a hole in it" after "which order?" is a defect, not which order
    if len(text) <= MAX_DETAIL_CHARS and slots.is_detail_reply:
        return STAY_DETAIL, "agreement" if slots.kinds == {"agreement"} else "detail"
    if len(text) <= MAX_DETAIL_CHARS and "agreement" in slots.kinds:
        return STAY_DETAIL, "agreement"  # "Yes, ..." answers the agent, and may say more
    if awaiting and slots.words <= ANSWER_WORDS and "?" not in text and not opens_as_question(text):
        return STAY_DETAIL, "detail"  # the agent asked; a short statement is the answer
    if slots.words <= SHORT_WORDS:
        return STAY_SHORT, "follow_up"
    if slots.words <= FOLLOW_UP_WORDS and _POINTS_BACK.search(text):
        return STAY_FOLLOW_UP, "follow_up"
    return STAY_ANY, "follow_up"


def _reads_as_new(reading: Classification, family: frozenset[str], how: str, slots: SlotReading, text: str) -> bool:
    """The message alone reads confidently as another request. A pure detail reply never does (a name or a
    number alone has no intent, whatever the model says), and in the middle of a support conversation a
    short fragment read as "not about the store" is a fragment, not chit-chat."""
    if reading.confidence < CONFIDENT or reading.intent in family or how == "detail":
        return False
    if family <= ASKED_OF_THE_GOODS and reading.intent in ASKED_OF_THE_GOODS and how in {"follow_up", "agreement"}:
        return True  # "ok how much is it" after the chino's sizes asks its price, not the size chart again
    if how == "follow_up" and slots.words <= SHORT_WORDS and not names_a_topic(text):
        return False  # "and how much?" after delivery times asks of what was discussed, whatever it reads as alone
    if how == "follow_up" and slots.words <= SHORT_WORDS and _NAMES_WHAT_WAS_SAID.search(text) and (
            reading.confidence < SURE_ANEW):
        return False  # "is it too late?" after a return proposed asks of the return ("late" read as a parcel's, 0.71)
    if how == "agreement":  # "Yes, please" goes on with what was proposed; "Yes, and can I also...?" asks anew,
        # as does "ok how do I reset my password then" (a question without its mark that names its own subject: "ok
        # and what if it doesn't come" asks of the topic's "it")
        return (slots.problem or "?" in text or bool(_ASKS_UNMARKED.search(text))
                or (opens_as_question(text) and not _NAMES_WHAT_WAS_SAID.search(text)))
    return not (reading.intent == "out_of_scope" and slots.words <= SHORT_WORDS)


def _acts_anew(reading: Classification, family: frozenset[str], how: str, slots: SlotReading, text: str) -> bool:
    """A short statement after the agent asked something that asks for an action of its own, read confidently
    outside the topic ("I'd like to exchange the one from my last order for a bigger size" after "which order is
    it?" about its status): it may answer the agent too, but it is a request, not a detail of the topic."""
    # ...or said after an "ok": "ok, return it then" after a cancellation refused is a return asked for, no agreement
    return (how in ("detail", "agreement") and not slots.is_detail_reply and bool(_ASKS_AN_ACTION.search(text))
            and reading.confidence >= CONFIDENT and reading.intent not in family and reading.intent not in NOT_A_TOPIC)


def _alone(reading: Classification, intents: frozenset[str]) -> float:
    """P_alone(one of `intents`): from the engine's distribution, else from its top reading only."""
    if reading.distribution:
        return min(1.0, sum(reading.distribution.get(i, 0.0) for i in intents))
    return reading.confidence if reading.intent in intents else 0.0


def _rival(reading: Classification, topic: frozenset[str]) -> float:
    """The likeliest other reading's probability alone (its family's mass)."""
    if not reading.distribution:
        return 0.0 if reading.intent in topic else reading.confidence
    others = {i for i in reading.distribution if i not in topic}
    return max((_alone(reading, family_of(i) - topic) for i in others), default=0.0)


def _in_context(reading: Classification, family: frozenset[str], prior: float, asks: bool) -> tuple[float, float]:
    """(P(the topic's family), P(the likeliest other family)) for this turn in its conversation.

    A detail, an answer or a few words ("any update?") say little about intent (a name read alone "is"
    chit-chat), so the model's reading of them is no evidence: P(topic) = prior + (1 - prior) * P_alone(topic),
    the mixture of "continues" and "new". A follow-up that `asks` something in words of its own is evidence,
    weighed by Bayes: the conversation moves this turn's prior over intents towards the topic (`prior` on the
    topic's family, 1 - prior spread as for a first message), and the intent model's reading is the
    likelihood (it was trained with balanced classes: a uniform prior over its K intents). So a request the
    model reads as the topic, however unsure it is among the other intents, is as sure as the conversation
    makes it, and one it reads as something else stays that."""
    alone, rival = _alone(reading, family), _rival(reading, family)
    if not asks or not reading.distribution:
        return prior + (1 - prior) * alone, (1 - prior) * rival
    members = max(1, len(family & reading.distribution.keys()))
    boost = (1 - prior) + prior * len(reading.distribution) / members
    total = alone * boost + (1 - alone) * (1 - prior)
    return alone * boost / total, rival * (1 - prior) / total


def _points_at_order(text: str, reading: Classification) -> bool:
    """The message names an order of the customer's ("my last order", "NB108214")."""
    return bool(_ORDER_REFERENCE.search(text) or (reading.entities or {}).get("order_numbers"))


def asks_something(how: str | None, text: str) -> bool:
    """A later message that asks in words of its own (a follow-up, or a yes with a question), not one that only
    answers the agent (a detail, a plain yes)."""
    return how == "follow_up" or (how == "agreement" and bool("?" in text or _QUESTION_WORD.search(text)
                                                              or _ASKS_UNMARKED.search(text)))


def answers_the_agent(how: str | None, text: str) -> bool:
    """A later message that only answers what the agent asked or proposed (a detail, a plain yes): it asks
    nothing of its own for a help article to answer."""
    return how in {"detail", "agreement"} and not asks_something(how, text)


# The request a policy question turns into when it points at the goods of an order action in hand.
_REQUEST_OF = {"return_policy": "return_request"}
_POINTS_AT_THE_GOODS = re.compile(r"\b(it|them|those|these|that one|this one|both)\b", re.IGNORECASE)
# ...but what sending them back costs is the policy's to say: "and is it free?" after the return window was read as
# a return of the newest order's goods and proposed one.
_ASKS_WHAT_IT_COSTS = re.compile(r"\b(free|cost\w*|pay|paid|fees?|charge\w*|how much|price)\b", re.IGNORECASE)


def _member(topic: str, reading: Classification, text: str, how: str) -> str:
    """Which intent of the topic's answer family this message asks. The family is the conversation's; the member is
    the message's: "ok, and how do I start one?" after a return-policy answer asks to start a return, and "the boots
    from my last order" names what to return. An answer to the agent (a detail, a plain yes) stays with the topic: it
    goes on with what was proposed. Only a question the help center answers becomes the family's order member when the
    message names an order (an exchange already acts on one)."""
    family = family_of(topic)
    member = reading.intent if asks_something(how, text) and reading.intent in family and reading.confidence >= CONFIDENT else topic
    answered_from_articles = INTENTS[member].resolving_action == "answer_from_help_center"  # not an exchange: it acts
    if (topic in ACTION_FLOWS and member in _REQUEST_OF and how == "follow_up"
            and (_points_at_order(text, reading) or _POINTS_AT_THE_GOODS.search(text))
            and not _ASKS_WHAT_IT_COSTS.search(text)):
        # "actually can I just return them instead?" after an exchange was proposed: a return of those goods
        return _REQUEST_OF[member]
    if how in {"follow_up", "detail"} and answered_from_articles and _points_at_order(text, reading):
        on_orders = [intent for intent in family if INTENTS[intent].needs_order]
        if len(on_orders) == 1:
            return on_orders[0]
    return member


def _continued(reading: Classification, dialogue: Dialogue, text: str, confidence: float, how: str) -> Classification:
    topic = dialogue["topic"]
    keep = [q for q in reading.questions[1:] if q["intent"] not in family_of(topic) and how == "follow_up"]
    intent = _member(topic, reading, text, how) if topic in INTENTS else topic
    reading.intent, reading.confidence = intent, round(confidence, 4)
    first = Question(text=text, intent=intent, confidence=reading.confidence)
    before = reading.questions[0].get("subject_before") if reading.questions else None
    if before:  # "and how long does it take?": still read with the ask whose subject it points back at
        first.update(text=f"{before} {text}", subject_before=before)
    reading.questions = [first, *keep]
    return reading


# Why the goods go back, said without asking: "the sole is fine I just don't like them", "it's too small", "changed my
# mind". During a return or exchange it is the return's reason, not a question about the goods' size or make.
_REASON = re.compile(
    r"\b(?:don'?t|do\s+not|didn'?t|did\s+not)\s+(?:really\s+|actually\s+)?(?:like|love|want|need|suit)\b|"
    r"\b(?:doesn'?t|does\s+not|don'?t|didn'?t)\s+(?:really\s+)?(?:fit|suit)\b|\btoo\s+(?:big|small|large|tight|loose|"
    r"long|short|baggy|snug|narrow|wide)\b|\bchanged\s+my\s+mind\b|\bnot\s+(?:what\s+i\s+(?:expected|wanted|ordered)|for\s+me)\b|"
    # ...said with its verb ("the sweater just isn't for me"), as the customer's own slip ("I ordered the wrong size"), or
    # as goods unlike their pictures ("the colour looks nothing like the photos")
    r"\b(?:isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:really\s+|quite\s+|just\s+)?(?:for\s+me|my\s+style|what\s+i\s+"
    rf"(?:expected|wanted|ordered))\b|{ORDERING_SLIP}|"
    r"\blooks?\s+(?:nothing\s+like|different\s+(?:from|to|than))\s+(?:the\s+|your\s+)?(?:photos?|pictures?|pics?|images?)\b|"
    # ...or, for a cancellation, found for less or bought by mistake ("I found it cheaper somewhere else")
    r"\bfound\s+(?:it|them|one|the\s+\w+)?\s*(?:cheaper|for\s+less|at\s+a\s+better\s+price)\b|"
    r"\b(?:ordered|bought)\s+(?:it\s+|them\s+)?by\s+mistake\b",
    re.IGNORECASE,
)


# A question opening a later clause, its mark left off: "it was the hiking boots, are they waterproof"
_CLAUSE_ASKS = re.compile(r"[,;]\s*(?:are|is|do|does|will|can|would|could)\s+(?:they|it|these|those|you|u)\b", re.IGNORECASE)


def _asks_nothing(text: str) -> bool:
    """No question mark, no question opening it or a clause of it, no question word, no "can you"."""
    return ("?" not in text and not opens_as_question(text) and not _QUESTION_WORD.search(text)
            and not _ASKS_UNMARKED.search(text) and not _CLAUSE_ASKS.search(text))


# Goods unlike their pictures read alone as goods sent in error (0.6): said as why they go back, they are the reason.
_UNLIKE_WHAT_WAS_SHOWN = frozenset({"wrong_item"})


def gives_a_reason(text: str) -> bool:
    """A message that says why the goods go back and asks nothing."""
    return _asks_nothing(text) and bool(_REASON.search(text))


# The goods a reason is told of, as its subject: "the sweater just isn't for me", "the boots are a bit too narrow"
_REASON_SUBJECT = re.compile(
    r"^\W*(?:(?:ok|okay|so|well|honestly|yeah|tbh|sadly|unfortunately)\W+)*(?:the|my|these|those|this|that)\s+"
    r"([a-z]+(?:\s+(?!(?:just|really|honestly|sadly|i|we)\b)[a-z]+)?)\s+(?:(?:i|we)\s+(?:got|bought|ordered)\s+)?(?:just\s+|really\s+|honestly\s+|sadly\s+)?"
    r"(?:is|are|isn'?t|aren'?t|was|were|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|looks?|feels?|runs?|fits?)\b",
    re.IGNORECASE,
)
# ...never a property of them: "the colour looks nothing like the photos" names no goods
_PROPERTIES = frozenset({"colour", "color", "fabric", "material", "quality", "size", "fit", "length", "style", "cut",
                         "print", "shade", "sizing", "one", "ones", "thing", "item", "order", "parcel"})


def reason_subject(text: str) -> str | None:
    """The goods a reason for sending them back is told of ("the sweater" of "ok the sweater just isn't for me")."""
    found = _REASON_SUBJECT.match(text) if gives_a_reason(text) else None
    if not found or found.group(1).lower().split()[-1] in _PROPERTIES:
        return None
    return f"the {found.group(1)}"


# "It was the hiking boots and a fleece", "they're the trail runners": goods named as the answer to "which ones?"
_GOODS_SAID = re.compile(r"^\W*(?:(?:it|that)\s+(?:was|is)|it'?s|that'?s|they\s+(?:were|are)|they'?re|(?:just|only)|"
                         r"i\s+mean)?\s*(?:the|my|a|an|both|two|one)\b", re.IGNORECASE)
GOODS_SAID_WORDS = 10


WHICH_ORDER_WORDS = 6  # "it was from my most recent order": longer says more than which order


# A hedge before the answer says no more than the answer: "I believe they were in my last order" (read alone as that
# order's status during a return)
_HEDGE = re.compile(r"^\W*(?:i\s+(?:believe|think|guess|reckon|suppose)|(?:i'?m\s+)?(?:pretty|fairly|quite)\s+sure|"
                    r"probably|maybe|perhaps)\b[\s,]*", re.IGNORECASE)


def _says_which_order_only(text: str, slots: SlotReading) -> bool:
    """A few words that say which order, by its place among the customer's (the last, the most recent, placed last
    week), asking nothing of their own."""
    hedge = _HEDGE.match(text)
    words = slots.words - (len(hedge.group(0).split()) if hedge else 0)
    return (words <= WHICH_ORDER_WORDS and "?" not in text and not opens_as_question(text)
            and (names_latest_order(text) or says_when_placed(text)))


# What goods said during an action read as alone: a question about them, and in an exchange the price difference's
# payment too ("the same one but in a large, and if there's a price difference put it on my original card" was read as
# the payment methods, 0.76, and the exchange proposed was dropped)
_OF_THE_GOODS = {"exchange": ASKED_OF_THE_GOODS | {"payment_methods"}}
# A choice said as a wish, not a question: "I'd like them in black", "I'll go with the large", "in navy instead"
_WANTED = re.compile(r"\b(?:i'?d|i would|i'?ll|let'?s|we'?ll)\s+(?:like|love|prefer|take|go\s+with|have)\b|"
                     r"\bi\s+(?:want|prefer)\b|\binstead\b|\brather\s+than\b", re.IGNORECASE)


WISH_WORDS = 25  # a sentence or two: "I'd like the same one but in a large, and if there's a price difference..."
_DESCRIBED = re.compile(r"^\W*(?:it'?s|it\s+is|it\s+was|they'?re|they\s+are|they\s+were)\b", re.IGNORECASE)


def names_goods_only(text: str) -> bool:
    """Goods named as an answer and nothing asked ("it was the tiered maxi dress", "the hiking boots and a fleece")."""
    return (_asks_nothing(text) and len(text.split()) <= GOODS_SAID_WORDS and bool(_GOODS_SAID.match(text))
            and bool(goods_named(text)))


def says_which_goods(text: str) -> bool:
    """A few words that ask nothing ("the jeans", "they're too big", "in XL"), goods named as an answer ("it was the
    hiking boots and a fleece") or the colour or size wanted: in an order action they say which goods it is for, or
    why, though read alone they look like a sizing or product question."""
    if not _asks_nothing(text):
        return False
    words = len(text.split())
    if words <= SHORT_WORDS:
        return True
    # ...or the colour or size wanted ("Navy would be great, same size": a size chart was sent), also in a sentence or two
    # that says it is wanted ("the slide sandals. I'd like them in black rather than tan")
    # ...or the goods had, described ("They're brown leather, size 9, I got them maybe two weeks ago")
    return names_goods_only(text) or (names_a_variant(text) and (
        words <= GOODS_SAID_WORDS or (words <= WISH_WORDS and bool(_WANTED.search(text) or _DESCRIBED.match(text)))))


def _reason_read_alone(reading: Classification, topic: str, text: str, slots: SlotReading) -> bool:
    """Why goods go back, told with no problem reported, that read alone as a question about the goods, as the topic's
    own family or as goods unlike their pictures."""
    return (gives_a_reason(text) and not slots.problem
            and reading.intent in ASKED_OF_THE_GOODS | family_of(topic) | _UNLIKE_WHAT_WAS_SHOWN)


def _which_or_why(topic: str, reading: Classification, text: str, slots: SlotReading) -> bool:
    """During an order action: goods named or a reason told, read alone as a question about the goods; or, for goods
    sent back, a reason read alone as the action itself or as goods unlike their pictures."""
    if reading.intent in _OF_THE_GOODS.get(topic, ASKED_OF_THE_GOODS) and (says_which_goods(text) or gives_a_reason(text)):
        return True
    return topic in SENDS_BACK_INTENTS and _reason_read_alone(reading, topic, text, slots)


def read_in_context(reading: Classification, dialogue: Dialogue | None, text: str) -> tuple[Classification, str | None]:
    """The reading to use for this turn, and how the conversation changed it (None: the message's own)."""
    dialogue = dialogue or {}
    topic = dialogue.get("topic")
    topic_confidence = float(dialogue.get("topic_confidence") or 0.0)
    if not topic or topic_confidence < CONFIDENT:
        return reading, None
    slots = read_slots(text)
    # where the money of the action in hand goes, whether read as a refund wanted or as one awaited ("why do I only
    # get a refund to my card and not paypal?", during a cancellation, quoted a refund from months ago)
    if topic in ACTION_FLOWS and reading.intent in REFUND_READINGS and asks_refund_route(text):
        return _continued(reading, dialogue, text, topic_confidence, "refund_route"), "refund_route"
    if topic in ACTION_FLOWS and _which_or_why(topic, reading, text, slots):
        # "the jeans", "they're too big", "in XL", "the sole is fine I just don't like them" during a return: which
        # goods, or why, not a question about them
        return _continued(reading, dialogue, text, topic_confidence, "detail"), "detail"
    if topic in _REQUEST_OF and _reason_read_alone(reading, topic, text, slots):
        # "they just don't fit me right" after the return policy: why the goods go back, so a return of them (read
        # alone: a size chart)
        asked = {**dialogue, "topic": _REQUEST_OF[topic]}
        return _continued(reading, asked, text, topic_confidence, "detail"), "detail"
    if (topic in INTENTS and INTENTS[topic].needs_order and reading.intent in ASKED_OF_THE_GOODS
            and picks_order_by_goods(text)):
        # "what about the one with the boots?" after an order's status: another order, said by the goods it holds
        return _continued(reading, dialogue, text, topic_confidence, "follow_up"), "follow_up"
    if topic in INTENTS and INTENTS[topic].needs_order and points_at_the_order_before(text):
        # "and the one before?" after an order's status: the same question of the order placed before it
        return _continued(reading, dialogue, text, topic_confidence, "follow_up"), "follow_up"
    if topic in ACTION_FLOWS and _says_which_order_only(text, slots):
        # "from my last order" during an exchange: which order the action is for (read alone: that order's status)
        return _continued(reading, dialogue, text, topic_confidence, "detail"), "detail"
    if topic == "change_address" and len(text) <= MAX_DETAIL_CHARS and mentions_address(text):
        # the new address the agent asked for: read alone it looks like nothing in particular
        return _continued(reading, dialogue, text, topic_confidence, "detail"), "detail"
    prior, how = stay_prior(text, slots, list(dialogue.get("awaiting") or []), reading.reply_likelihood)
    if how is None:
        return reading, None
    family = family_of(topic)
    if _reads_as_new(reading, family, how, slots, text) or _acts_anew(reading, family, how, slots, text):
        return reading, None  # a new request: its own topic
    stay, rival = _in_context(reading, family, prior, how == "follow_up" and slots.words > SHORT_WORDS)
    if stay <= rival:
        return reading, None
    # As sure as the weaker of "the topic is right" and "the message continues it"; never less sure than
    # the message alone says the same thing.
    confidence = min(topic_confidence, stay)
    if reading.intent in family:
        if (how == "follow_up" and reading.confidence >= confidence
                and _member(topic, reading, text, how) == reading.intent):
            return reading, None  # it says so alone, at least as surely: its own reading, its own questions
        confidence = max(confidence, reading.confidence)
    return _continued(reading, dialogue, text, confidence, how), how


# A new request about the order just discussed: "can I just cancel it then", "change its address" ("that one"
# points as often at another order or an item, so it is not read as this order).
_THE_ORDER_SO_FAR = re.compile(r"\b(it|its|that order|this order|the same order)\b", re.IGNORECASE)
# ...or a part of it said with "the", as of the one in hand: "could you tell me the tracking number?" after its contents
_A_PART_OF_THE_ORDER = re.compile(r"\bthe (?:tracking(?: number| link| code)?|delivery date|carrier|courier|total|"
                                  r"invoice|receipt|order number)\b", re.IGNORECASE)


# A few words asked after an answer about an order, naming no order, goods or action of their own ("will I get an
# email?", "how long does that take?" after a cancellation): still about that order.
_ACTS_ON_ANOTHER = re.compile(r"\b(return\w*|exchang\w*|cancel\w*|swap\w*|chang\w*|modif\w*|order\w*|purchase\w*|"
                              r"bought|parcel|package|delivery)\b|\d{4,}", re.IGNORECASE)
SHORT_QUESTION_WORDS = 6
_ANOTHER_ORDER = re.compile(r"\b(other|another|second|different|separate)\s+(order|parcel|package|delivery|purchase)",
                            re.IGNORECASE)


def _short_question_of_nothing_else(text: str) -> bool:
    return (("?" in text or opens_as_question(text)) and len(text.split()) <= SHORT_QUESTION_WORDS
            and not _ACTS_ON_ANOTHER.search(text) and not goods_named(text))


def asks_for_another_order(text: str) -> bool:
    """"Can you check the status of my other order too?": an order other than the one just discussed."""
    return bool(_ANOTHER_ORDER.search(text or ""))


def points_back_at_the_order(text: str) -> bool:
    """A new request about the order just discussed ("can I just cancel it then?", "will I get an email?"), naming
    no goods, order or action of its own."""
    text = text or ""
    if _ANOTHER_ORDER.search(text):
        return False  # "when will my other parcel arrive, it was due monday?"
    points = _THE_ORDER_SO_FAR.search(text) or _A_PART_OF_THE_ORDER.search(text)
    return (bool(points) and not goods_named(text)) or _short_question_of_nothing_else(text)


def next_dialogue(dialogue: Dialogue | None, reading: Classification, how: str | None, text: str = "") -> Dialogue:
    """The open topic after this turn: a continuation keeps it as it was, or moves it to the member of its answer
    family that acts on an order; a confident reading of the message itself opens (or keeps) its own; an unsure
    one leaves the open topic alone. What the agent asks for (and the order in focus) is set once the reply is
    written (graph/nodes/answer.py)."""
    updated = Dialogue(**(dialogue or {}))
    topic = updated.get("topic")
    if how == OFFER_TAKEN:  # the offered action is what the conversation now does, on the same order
        updated["topic"], updated["topic_confidence"] = reading.intent, round(float(reading.confidence), 4)
    elif (how is not None and topic in INTENTS and reading.intent in family_of(topic) and reading.intent != topic
            and INTENTS[reading.intent].needs_order):
        # "ok, and how do I start one?" after the return policy: the conversation now acts on an order, and the
        # detail that answers what it proposed ("the anorak") goes on with that, not with the policy
        updated["topic"] = reading.intent
    elif how is None and topic == "exchange" and reading.intent in ASKED_OF_THE_GOODS:
        pass  # "what sizes do you have?" in the middle of an exchange: answered, and the exchange goes on
    elif how is None and _two_order_actions(reading):
        # "I ordered a sweater but want a different colour, is that possible?", read as an exchange or a cancellation
        # and answered as both: an order action is in hand either way, and the goods said next are its details (they
        # were looked up as a product question: "It's the merino crew neck..." got the crew socks)
        updated["topic"], updated["topic_confidence"] = reading.intent, round(float(reading.questions[0]["confidence"]), 4)
        updated["order_id"] = None
    elif how is None and reading.confidence >= CONFIDENT and reading.intent in NOT_A_TOPIC:
        updated["topic"], updated["topic_confidence"], updated["order_id"] = None, 0.0, None
    elif how is None and reading.confidence >= CONFIDENT:
        if not (points_back_at_the_order(text) or _variant_of_the_exchange(topic, text)):
            updated["order_id"] = None  # a new subject: the order of the last one is not in focus any more
        updated["topic"], updated["topic_confidence"] = reading.intent, round(float(reading.confidence), 4)
    return updated


def _two_order_actions(reading: Classification) -> bool:
    """A message answered under two readings (two_readings.py), the likelier an action on an order and both about an
    order ("I placed an order yesterday and want to add something to it": a cancellation or its status), together
    sure enough."""
    questions = reading.questions or []
    return (len(questions) == 2 and all(q.get("one_of") for q in questions)
            and questions[0].get("intent") in ACTION_FLOWS
            and all(q.get("intent") in ACTION_FLOWS or (q.get("intent") in INTENTS and INTENTS[q["intent"]].needs_order)
                    for q in questions)
            and float(questions[0].get("confidence") or 0.0) >= CONFIDENT)


def _variant_of_the_exchange(topic: str | None, text: str) -> bool:
    """A colour or a size said alone in an exchange ("navy" after "exchange my sweater for a different colour" was told
    it is outside the window): of the goods asked about, on that order, not the newest order's."""
    return topic == "exchange" and names_only_a_variant(text)


def order_in_focus(dialogue: Dialogue | None, turn: dict) -> str | None:
    """The order a continuation is about when it names none: the one the last answer was about, unless the
    agent had asked which order it is (then the customer's words choose it). A new request that points back at
    it ("can I just cancel it then?" after its status) is about it too, unless it names goods (they choose)."""
    dialogue = dialogue or {}
    if "order_number" in (dialogue.get("awaiting") or []):
        return None
    if (not turn.get("context") and not points_back_at_the_order(turn.get("text") or "")
            and not _variant_of_the_exchange(dialogue.get("topic"), turn.get("text") or "")):
        return None
    if says_when_placed(turn.get("text") or "") or names_latest_order(turn.get("text") or ""):
        # "it's the order from November", "from my last order": the month or the place among the customer's orders
        # chooses, not the order the last answer was about
        return None
    if asks_to_see_orders(turn.get("text") or "") or asks_for_another_order(turn.get("text") or ""):
        return None  # "show me all my orders", "and my other order?": not the order the last answer was about
    return dialogue.get("order_id")


def dialogue_of(state_dialogue: Dialogue | None, previous_turn: dict) -> Dialogue:
    """The thread's dialogue state; a thread checkpointed before it existed reads its topic off the last turn."""
    if state_dialogue:
        return state_dialogue
    intent = previous_turn.get("intent")
    return Dialogue(topic=None if intent in NOT_A_TOPIC else intent,
                    topic_confidence=float(previous_turn.get("intent_confidence") or 0.0), order_id=None, awaiting=[])
