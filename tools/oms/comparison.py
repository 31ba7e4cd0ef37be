"""Two products set side by side: "what's the difference between the rain shell and the anorak?".

Each side of the comparison names its goods; the catalogue's records say what each is (material, price, sizes,
colours, stock), and the reply lists them together so the customer sees the difference. Which is "better" or
"warmer" the records do not say, and the reply does not guess it.
"""

from __future__ import annotations

import re

_COMPARES = re.compile(
    r"\b(differen(ce|ces|t)|differ|compare[ds]?|comparison|vs\.?|versus|better|warmer|lighter|heavier|"
    r"which (one|is|should)|or the)\b",
    re.IGNORECASE,
)
# Where one side of the comparison ends and the other begins.
_SIDES = re.compile(r"\b(?:and|or|vs\.?|versus|compared (?:to|with)|over|than)\b", re.IGNORECASE)
MAX_PER_SIDE = 2  # a side naming more than this is a kind of goods ("jackets"), not a product to compare


def asks_to_compare(text: str) -> bool:
    """The message asks how goods differ or which of them to choose."""
    return bool(_COMPARES.search(text or "")) and bool(_SIDES.search(text or ""))


def sides(text: str) -> list[str]:
    """The parts of the message each side of the comparison is named in ("the rain shell", "the anorak")."""
    return [part for part in _SIDES.split(text or "") if part.strip()]
