"""Whether the brand has a place to go is a policy question, not a request about an order.

"Is there a store near me where I can drop off a return?", "do you have a shop in Chicago?", "where's your nearest
branch to pick up my order?": the words of a return or an order, so the intent model read a return to start (and the
reply refused the customer's latest order for its window) or an order's status. What is asked is whether there is a
place at all, which the help center answers ("We have no shops, so a return can't be taken to a store", "there is
no store, click-and-collect or pickup point"). So when a message asks whether there is a store, or where the nearest
one is, the mass of the order readings goes to the policy reading of the same subject: a return's to the return
policy, an order's or a delivery's to shipping information. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when, tier_one_moved_when
from graph.reasoning.text_norm import any_of, fold

_PLACE = r"(?:stores?|shops?|branch(?:es)?|outlets?|locations?|boutiques?|showrooms?)"
# A carrier's counter is where a return is dropped off, not a store of ours: "drop it off at a UPS store"
_CARRIER_PLACE = r"(?:ups|usps|fedex|dhl|post|postal|courier|parcel|mail|carrier|drop[\s-]?off)\b"
_ASKS_FOR_A_PLACE = any_of(
    rf"(?:is|are)\s+there\s+(?:a|an|any)\s+(?:\w+\s+)?{_PLACE}\b",
    rf"(?:do|does)\s+(?:you|u|northbound)\s+(?:guys\s+)?(?:have|got)\s+(?:a|an|any)\s+(?:\w+\s+)?{_PLACE}\b",
    rf"(?:nearest|closest|local|nearby)\s+{_PLACE}\b",
    rf"{_PLACE}\s+(?:near|close\s+to)\s+(?:me|my|here|where)",
    rf"where\s+(?:is|are|'?s)\s+(?:your|ur)\s+{_PLACE}\b",
    # goods taken back in person: "can I return my order in store?", "take it back to one of your shops"
    rf"(?:return|exchange|take|bring|drop)\s+(?:\w+\s+){{0,4}}?(?:back\s+|off\s+)?(?:to|in|at|into)\s+(?:a|an|the|your|ur|"
    rf"one\s+of\s+(?:your|ur|the)|any)?\s*(?:(?!{_CARRIER_PLACE})\w+\s+)?{_PLACE}\b",
    rf"in[\s-]?{_PLACE}\s+(?:returns?|exchanges?)|(?:returns?|exchanges?)\s+in[\s-]?{_PLACE}\b",
    # goods seen or tried on in person: "can I try things on somewhere before buying?", "visit your showroom"
    r"try\s+(?:\w+\s+){0,2}?on\s+(?:somewhere|anywhere|in\s+(?:person|a\s+store|store|a\s+shop))",
    r"(?:see|try|look\s+at|feel)\s+(?:\w+\s+){0,3}?in\s+person|(?:visit|come\s+(?:in|to))\s+(?:your|ur|a)\s+"
    rf"(?:\w+\s+)?{_PLACE}\b",
    # an order collected in person: "can I pick up my order somewhere?", "do you do click and collect?"
    r"(?:pick|collect)\s+(?:up\s+)?(?:it|them|(?:my|the|an?)\s+(?:\w+\s+)?(?:order|parcel|package|stuff))\s+(?:up\s+)?"
    r"(?:somewhere|anywhere|in\s+(?:person|store|a\s+store)|myself|from\s+(?:you|your|a\s+store))",
    r"click\s*(?:and|&|n|-)\s*collect",
)
# Where to shop or collect in person, in the help center's words: "do you have a store in London?" measured by its
# own words found the UK's shipping rates (London's zone), not "there is no store, click-and-collect or pickup point".
STORE_ASKS = "Is there a store, click-and-collect or pickup point where I can shop or collect in person?"
_RETURN_WORDS = any_of(r"return|exchang|refund|swap|send\s+(?:\w+\s+)?back|take\s+(?:\w+\s+){0,2}?back|bring\s+(?:\w+\s+){0,2}?back")
RETURN_REQUESTS = ("return_request", "exchange")
# "do you have a store in London?" reads as goods in stock ("do you have ... in ...") as much as an order does
ORDER_READINGS = ("order_status", "shipping_delay", "product_info")


def asks_for_a_place(text: str) -> bool:
    """The message asks whether the brand has a store (or where the nearest one is)."""
    return bool(_ASKS_FOR_A_PLACE.search(fold(text or "")))


def asks_where_to_shop(text: str) -> bool:
    """A place to shop or collect in person, not to take a return back to (the return policy's own words say that)."""
    return asks_for_a_place(text) and not _RETURN_WORDS.search(fold(text or ""))


def read_store_visit(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the return requests' mass on the return policy and the order and goods readings' on
    shipping information (whose "Collecting in person" says there is none), when the message asks whether there is a
    place to go."""
    # a place to shop or try things on is a question about shipping and nothing else of ours ("can I try things on
    # somewhere before buying?" read as the return policy's, "can I visit your showroom?" as another company's)
    probs = tier_one_moved_when(probs, text, asks_where_to_shop, "shipping_info")
    probs = moved_when(probs, text, asks_for_a_place, RETURN_REQUESTS, "return_policy")
    return moved_when(probs, text, asks_for_a_place, ORDER_READINGS, "shipping_info")
