"""Grounding check of a drafted reply, independent of the model that wrote it.

Every order or tracking number, money amount, date and link a reply states must appear in the evidence
the turn gathered: OMS data and tool results for the verified customer, the help-center passages, the
policy figures of this deployment, and (for order numbers and e-mails only) what the customer wrote. A
reply that states something found in none of them is not sent as written (the LLM engine falls back to
the offline draft). Pure functions.

Amounts in OMS data count only as figures (a number, or a string that is a number): "refund of $500"
written into an address line or a product name is text, so it cannot ground "$500" in a reply.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from graph.reasoning.text_norm import EMAIL

_URL = re.compile(r"https?://[^\s<>\"')\]]+")
# An identifier: order numbers (NB104233, W2611340), tracking numbers (1Z999AA10123456784, 9400...):
# a token of at least six characters with at least five digits.
_IDENTIFIER = re.compile(r"(?<![\w/.-])#?([A-Za-z]{0,4}\d[\dA-Za-z-]{4,}\d)(?![\w/-])")
_MONEY = re.compile(
    r"(?:[$€£]\s?(\d{1,6}(?:,\d{3})*(?:[.,]\d{1,2})?))|(?:\b(\d{1,6}(?:[.,]\d{1,2})?)\s?(?:USD|EUR|GBP|€|dollars?|euros?)\b)",
    re.IGNORECASE,
)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\.?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")


@dataclass
class Evidence:
    text: str = ""  # links, dates, identifiers, e-mails may come from here
    identifiers_only: str = ""  # the customer's own words: order numbers and e-mails only
    amounts: set[Decimal] = field(default_factory=set)


@dataclass
class Grounding:
    ok: bool
    checked: int = 0  # facts found in the reply
    ungrounded: list[str] = field(default_factory=list)  # the facts themselves (never kept in state or logs)
    kinds: list[str] = field(default_factory=list)  # link | email | identifier | amount | date, per fact


def _amount(raw: str) -> Decimal | None:
    raw = raw.replace(" ", "")
    if "," in raw and "." not in raw and len(raw.rsplit(",", 1)[1]) == 2:
        raw = raw.replace(",", ".")  # 12,50 €
    try:
        return Decimal(raw.replace(",", "")).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def _amounts(text: str) -> set[Decimal]:
    found = set()
    for match in _MONEY.finditer(text):
        value = _amount(match.group(1) or match.group(2))
        if value is not None:
            found.add(value)
    return found


def _numbers(text: str) -> set[Decimal]:
    """Every number in the evidence as money, so "49.99" in JSON grounds "$49.99" in a reply."""
    found = set()
    for raw in re.findall(r"\d+(?:[.,]\d+)?", text):
        value = _amount(raw)
        if value is not None:
            found.add(value)
    return found


def _dates(text: str) -> set[tuple[int | None, int, int]]:
    """(year or None, month, day) of every date written in English words or ISO form."""
    found: set[tuple[int | None, int, int]] = set()
    for month, day, year in _DATE_MDY.findall(text):
        found.add((int(year) if year else None, _MONTHS[month.lower()], int(day)))
    for day, month, year in _DATE_DMY.findall(text):
        found.add((int(year) if year else None, _MONTHS[month.lower()], int(day)))
    for year, month, day in _DATE_ISO.findall(text):
        found.add((int(year), int(month), int(day)))
    return {d for d in found if 1 <= d[1] <= 12 and 1 <= d[2] <= 31}


def _date_known(wanted: tuple[int | None, int, int], known: set[tuple[int | None, int, int]]) -> bool:
    year, month, day = wanted
    return any(m == month and d == day and (year is None or y is None or y == year) for y, m, d in known)


def _walk(value: object, texts: list[str], amounts: set[Decimal]) -> None:
    if isinstance(value, dict):
        for item in value.values():
            _walk(item, texts, amounts)
    elif isinstance(value, list | tuple):
        for item in value:
            _walk(item, texts, amounts)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int | float | Decimal):
        amounts.add(Decimal(str(value)).quantize(Decimal("0.01")))
    else:
        text = str(value)
        if re.fullmatch(r"-?\d+(?:\.\d+)?", text.strip()):
            amounts.add(Decimal(text.strip()).quantize(Decimal("0.01")))
        texts.append(text)


def gather_evidence(data: list[object], free_text: list[str], customer_text: list[str]) -> Evidence:
    """Evidence from structured data (OMS facts, tool results: JSON or JSON text), free text the brand wrote
    (help-center passages, policy, earlier agent replies) and the customer's own words."""
    texts: list[str] = []
    amounts: set[Decimal] = set()
    for item in data:
        if isinstance(item, str):
            with contextlib.suppress(json.JSONDecodeError):
                item = json.loads(item)
        _walk(item, texts, amounts)
    for text in free_text:
        texts.append(text)
        amounts |= _numbers(text)
    return Evidence(text="\n".join(texts), identifiers_only="\n".join(customer_text), amounts=amounts)


def check_grounding(reply: str, evidence: Evidence, today: date | None = None) -> Grounding:
    """Which facts of `reply` are not in `evidence` (ok when none)."""
    ungrounded: list[str] = []
    kinds: list[str] = []
    checked = 0
    lowered = evidence.text.lower()
    with_customer = f"{lowered}\n{evidence.identifiers_only.lower()}"
    for url in _URL.findall(reply):
        checked += 1
        if url.rstrip(".,;:!?").lower() not in lowered:
            ungrounded.append(url)
            kinds.append("link")
    without_urls = _URL.sub(" ", reply)
    for email in EMAIL.findall(without_urls):
        checked += 1
        if email.lower() not in with_customer:
            ungrounded.append(email)
            kinds.append("email")
    without_urls = EMAIL.sub(" ", without_urls)
    compact = re.sub(r"[\s-]", "", with_customer)
    for identifier in _IDENTIFIER.findall(without_urls):
        if sum(ch.isdigit() for ch in identifier) < 5:
            continue
        checked += 1
        if re.sub(r"[\s-]", "", identifier.lower()) not in compact:
            ungrounded.append(identifier)
            kinds.append("identifier")
    for amount in _amounts(without_urls):
        checked += 1
        if amount not in evidence.amounts:
            ungrounded.append(f"${amount}")
            kinds.append("amount")
    known_dates = _dates(evidence.text)
    if today is not None:
        known_dates.add((today.year, today.month, today.day))
    for wanted in _dates(without_urls):
        checked += 1
        if not _date_known(wanted, known_dates):
            ungrounded.append("-".join(str(p) for p in wanted if p is not None))
            kinds.append("date")
    return Grounding(ok=not ungrounded, checked=checked, ungrounded=ungrounded, kinds=kinds)
