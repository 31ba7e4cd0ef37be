"""A delivery day asked to be moved: "can I change my delivery date?", "can you deliver it on another day?",
"can I reschedule the delivery?".

The intent model read such a question as a delay or as an address change ("Order NB108817 has already been
delivered, so its shipping address can no longer be changed"), or its words met the late-delivery refund ("If an
express order arrives after its promised delivery date..."); the help center answers it in the delivery instructions:
once shipped, the carrier's tracking link lets the customer choose another delivery day. So such a question is the
shipping question, asked of the help center in its words (DELIVERY_DAY_ASKS). Text is folded first.
"""

from __future__ import annotations

from graph.reasoning.readings import tier_one_moved_when
from graph.reasoning.text_norm import any_of, fold

SHIPPING_INFO = "shipping_info"
DELIVERY_DAY_ASKS = "After my order has shipped, can I change where and when the driver leaves it?"

# asked by the customer ("can I", "is it possible to", "I'd like to"), never told of ("they rescheduled my delivery again"
# is a delay)
_ASKING = (r"(?:can|could|how\s+(?:do|can|could)|is\s+it\s+possible\s+to|possible\s+to|i'?d\s+like\s+to|i\s+would\s+like\s+to|"
           r"i\s+(?:want|need|wanna)\s+to|want\s+to|need\s+to|way\s+to|able\s+to)\s+(?:i\s+|you\s+|we\s+|u\s+)?(?:\w+\s+){0,2}?")
_MOVE_THE_DAY = any_of(
    _ASKING + r"(?:change|move|pick|choose|select|switch|push\s+back|postpone)\s+(?:the\s+|my\s+|a\s+|its\s+)?"
    r"(?:delivery\s+)?(?:date|day)\b",
    _ASKING + r"(?:change|move|pick|choose|select)\s+(?:the\s+|my\s+|a\s+)?(?:different|another|other|new|later|earlier)\s+"
    r"(?:delivery\s+)?(?:date|day)",
    # "can I change my delivery to a different day?"
    _ASKING + r"(?:change|move|switch|push)\s+(?:the\s+|my\s+|its\s+)?deliver\w*\s+(?:back\s+)?to\s+(?:a\s+|another\s+)?"
    r"(?:different|another|other|later|new|earlier)?\s*(?:date|day|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    _ASKING + r"(?:reschedul\w*\s+(?:the\s+|my\s+)?deliver\w*|deliver(?:ed)?\s+(?:it\s+|them\s+)?(?:on\s+)?(?:a\s+)?"
    r"(?:different|another|later|other)\s+day)",
    # held back while the customer is away: "can you hold my order until I'm back from holiday?", "can you delay shipping?"
    _ASKING + r"(?:hold|delay|postpone|pause|push\s+back)\s+(?:the\s+|my\s+|it|them)?\s*(?:order|delivery|shipping|"
    r"shipment|parcel|package)?\s*(?:until|till|til|for\s+a\s+(?:week|few\s+days)|while|\?|$)",
)
# A missed delivery booked again: "I missed the delivery, how do I rebook it?" (it was read as a return to start). Its
# "missed" is the reason, not a late parcel's.
_REBOOK = any_of(_ASKING + r"(?:re-?book|re-?arrange|reschedule)\s+(?:it|them|the\s+(?:delivery|parcel|package)|"
                 r"my\s+(?:delivery|parcel|package))\b")
# ...not a late parcel's date ("the delivery date has passed", "my delivery date keeps changing")
_LATE = any_of(r"passed|keeps?\s+changing|changed\s+again|missed|late|overdue|still\s+not")


def asks_to_move_the_delivery_day(text: str) -> bool:
    """The message asks to change or choose the day a parcel is delivered."""
    folded = fold(text or "")
    return bool(_MOVE_THE_DAY.search(folded)) and not _LATE.search(folded) or bool(_REBOOK.search(folded))


def read_delivery_day(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the tier-1 readings' mass on the shipping question, for a delivery day asked to move."""
    return tier_one_moved_when(probs, text, asks_to_move_the_delivery_day, SHIPPING_INFO)


# The days deliveries are made, asked of the store: "do you ship on weekends?" got the rates table (its "business
# days" near "ship"), "do you deliver on sundays?". Asked in the help center's words, the delivery-days sentence answers.
DELIVERY_DAYS_ASKS = "Which days of the week do carriers deliver? Are there deliveries on Saturdays or Sundays?"
_SHIPPING_WORD = r"(?:ship|deliver|dispatch|post|send|courier|carrier)"  # a word's start: "shipping", "deliveries"
_DAY = r"(?:weekends?|saturdays?|sundays?|sat|sun)"
_ASKS_THE_DAYS = any_of(
    rf"(?:do|does|can|will|are|is)\s+(?:\w+\s+){{0,3}}?{_SHIPPING_WORD}\w*\s+(?:\w+\s+){{0,3}}?(?:on|at|over|during)\s+"
    rf"(?:the\s+|a\s+)?{_DAY}\b",
    rf"{_SHIPPING_WORD}\w*\s+(?:on\s+)?{_DAY}\s*\?",
)


def asks_about_delivery_days(text: str) -> bool:
    """The message asks whether the store ships or carriers deliver on a weekend day."""
    return bool(_ASKS_THE_DAYS.search(fold(text or "")))
