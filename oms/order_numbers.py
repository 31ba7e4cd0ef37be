"""Order-number normalisation: what a customer types ("nb104233", "#W2611340", "104233") -> ids to try.

Customers copy numbers from e-mails, drop the '#', change case or type only the digits. The OMS stores
one canonical id per order; rather than guessing which spelling is canonical, we produce the few
plausible spellings in order of preference and let the (customer-scoped) query pick the first that
exists. Pure functions, no I/O, so the rules are unit-tested in isolation.
"""

from __future__ import annotations

import re

DEFAULT_ORDER_PREFIX = "NB"
"""The demo store's prefix: a bare "104233" means "NB104233"."""

MAX_LENGTH = 32
_SHAPE = re.compile(r"^#?[A-Za-z]{0,6}[0-9]{3,16}$")


class MalformedOrderNumber(ValueError):
    """The text cannot be an order number; the message says what one looks like."""

    def __init__(self, raw: str, reason: str) -> None:
        self.raw = raw
        super().__init__(
            f"{raw[:MAX_LENGTH]!r} is not an order number ({reason}); "
            "expected an optional '#', up to 6 letters and digits, e.g. NB104233 or #W2611340."
        )


def check_order_number(raw: str) -> str:
    """Return the trimmed text if it has the shape of an order number, else raise MalformedOrderNumber."""
    text = raw.strip()
    if not text:
        raise MalformedOrderNumber(raw, "it is empty")
    if len(text) > MAX_LENGTH:
        raise MalformedOrderNumber(raw, f"it is longer than {MAX_LENGTH} characters")
    if not _SHAPE.match(text):
        raise MalformedOrderNumber(raw, "it has characters or a layout no order number has")
    return text


def candidate_ids(raw: str, prefix: str = DEFAULT_ORDER_PREFIX) -> list[str]:
    """Spellings to try, most specific first: exact, upper-case, with/without '#', with the store prefix."""
    text = check_order_number(raw)
    upper = text.upper()
    bare = upper.removeprefix("#")
    spellings = [text, upper, bare, f"#{bare}"]
    if bare.isdigit() and prefix:
        store = f"{prefix.upper()}{bare}"
        spellings += [store, f"#{store}"]
    return list(dict.fromkeys(spellings))
