"""Where returns go is the store's address, not the customer's to change.

"What's your returns address?", "what is your address for returns?": the words of an address change ("address",
"your", a parcel) without a change. The intent model read them as `change_address` (0.72-0.74), and the reply
offered to change where an order is delivered. The store's address for a return is part of the return policy: its
steps (the portal, the prepaid label that carries the address) answer it, also when the question leaves out its
"do" ("what's the address i send returns to"). Read as a return request, it offered to return a delivered order
nobody had asked to send back. Only a question about *the store's* address that names a return moves: "can I
change my address for the return pickup?" keeps its reading.
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

_STORES_RETURNS_ADDRESS = any_of(
    r"(?:your|the|ur)\s+(?:returns?|warehouse|return\s+centre|return\s+center)\s+(?:postal\s+|mailing\s+|shipping\s+)?"
    r"address",
    r"(?:your|ur)\s+(?:postal\s+|mailing\s+)?address\s+(?:for|to\s+send)\s+(?:a\s+|my\s+|the\s+)?returns?",
    r"(?:address|where)\s+(?:(?:do|should|can|would)\s+)?i\s+(?:send|post|mail|ship)\s+(?:it|them|my\s+return|the\s+return|"
    r"a\s+return|returns?)(?:\s+back)?\s+to",
)
RETURN_POLICY = "return_policy"
# The question asked of the help center in its words: how a return is sent, and its label (which carries the address).
RETURNS_ADDRESS_ASKS = "How do I send my return back: where do I get the prepaid return label?"
_CHANGE = any_of(r"chang\w*|updat\w*|correct\w*|wrong|new|moved|different")


def asks_for_returns_address(text: str) -> bool:
    """The message asks where returns are sent (the store's address) and changes no address."""
    folded = fold(text)
    return bool(_STORES_RETURNS_ADDRESS.search(folded)) and not _CHANGE.search(folded)


def read_returns_address(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the address-change reading's mass on the return request when the message asks where
    returns go."""
    if "change_address" not in probs or not asks_for_returns_address(text):
        return probs
    moved = dict(probs)
    moved[RETURN_POLICY] = moved.get(RETURN_POLICY, 0.0) + moved.pop("change_address")
    return moved
