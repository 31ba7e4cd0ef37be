"""Tool: change the shipping address of an order that has not shipped yet, to a complete address."""

from __future__ import annotations

import functools
import re
from typing import Any

from tools.oms.actions.base import PERSON, ActionPolicy, Proposal, Refusal, tracking_data, tracking_text
from tools.oms.models import ActionResult
from tools.oms.protocol import OrderManagement

NAME = "change_address"
SCHEMA: dict[str, Any] = {
    "name": NAME,
    "description": "Change the shipping address of one of the signed-in customer's orders before it ships. "
                   "Needs the complete new address. Ask the customer to confirm first.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_number": {"type": "string"},
            "address": {
                "type": "object",
                "properties": {
                    "address1": {"type": "string"}, "address2": {"type": "string"}, "city": {"type": "string"},
                    "state": {"type": "string"}, "zip": {"type": "string"},
                    "country": {"type": "string", "description": "ISO 3166-1 alpha-2, e.g. US"},
                },
                "required": ["address1", "city", "zip", "country"],
                "additionalProperties": False,
            },
        },
        "required": ["order_number", "address"],
        "additionalProperties": False,
    },
}

# "742 Evergreen Terrace, Springfield, IL 62704" (US) or "... , Toronto, ON M5V 2T6, CA"; the country
# defaults to the order's current one. Parts may be on lines of their own, and the city and state are often
# written without a comma between them ("45 Elm Road, Portland OR 97201"): then the state must be one. A
# person's free text is not parsed beyond this shape.
_ADDRESS = re.compile(
    r"(?<![\w#-])(?P<address1>\d{1,6}[A-Za-z]?[ \t]+[^,\n]{2,80}?)\s*[,\n]\s*"
    r"(?:(?P<address2>(?:apt|apartment|suite|unit|#)\.?\s*[^,\n]{1,20})\s*[,\n]\s*)?"
    r"(?P<city>[A-Za-z][A-Za-z .'-]{1,60}?)(?P<comma>\s*,\s*|[ \t]+)(?P<state>[A-Za-z]{2})\.?\s+"
    r"(?P<zip>\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d)"
    r"(?:\s*,\s*(?P<country>[A-Za-z]{2}|USA|United States|Canada))?",
    re.IGNORECASE,
)
STATES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",  # Canada's provinces
})
# Elsewhere (orders shipping to GB, the EU, AU...): "6 Meadow Road, Leeds, LS1 4RU", "Hauptstraße 12, Berlin,
# 10115", "6906 Sunset Blvd, Brisbane, QLD 4076": a street with its number (either side), a city, then the
# postcode in the shape the order's country writes it. Only tried for an order that ships outside the US and
# Canada.
_POSTCODES = {
    "GB": r"(?P<zip>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})",
    "AU": r"(?P<state>[A-Z]{2,3})\.?\s+(?P<zip>\d{4})",
}
_OTHER_POSTCODE = r"(?P<zip>(?=[A-Z]{0,3}\d)[A-Z\d]{4,8})"


@functools.cache
def _international(country: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w#-])(?P<address1>\d{1,6}[A-Z]?\s+[^,\n\d]{2,80}?|[^\W\d_][^,\n\d]{1,60}?\s\d{1,5}[A-Z]?)\s*,\s*"
        r"(?:(?P<address2>(?:apt|apartment|suite|unit|flat|#)\.?\s*[^,\n]{1,20})\s*,\s*)?"
        r"(?P<city>[^\W\d_][^,\n\d]{1,60}?)\s*,\s*" + _POSTCODES.get(country, _OTHER_POSTCODE)
        + r"(?:\s*,\s*(?P<country>[A-Z]{2}))?(?!\w)",
        re.IGNORECASE,
    )


_COUNTRIES = {"usa": "US", "united states": "US", "canada": "CA"}


def parse_address(text: str, default_country: str = "US") -> dict[str, str] | None:
    """A complete street address written in the message, or None when there is none to act on."""
    match = _ADDRESS.search(text)
    if not match and default_country.upper() not in ("US", "CA"):
        match = _international(default_country.upper()).search(text)
    if match and match.re is _ADDRESS and "," not in match.group("comma") and match.group("state").upper() not in STATES:
        match = None  # "... Springfield to 62704" is no state
    if not match:
        return None
    found = {k: v.strip() for k, v in match.groupdict().items() if v and k != "comma"}
    if "country" not in found and match.re is _ADDRESS:  # the ZIP's shape says which: "80203" US, "M5V 2T6" Canada
        found["country"] = "US" if found["zip"][:5].isdigit() else "CA"
    country = found.get("country", default_country)
    found["country"] = _COUNTRIES.get(country.lower(), country.upper())
    if "state" in found:
        found["state"] = found["state"].upper()
    return found


def mentions_address(text: str) -> bool:
    """Does the message hold a complete street address in any shape we read (US, GB, AU, EU)? Lets a bare
    address answer the agent's 'where should it go?' whatever the order's country."""
    return any(parse_address(text, country) is not None for country in ("US", "GB", "AU", "DE"))


def address_text(address: dict[str, Any]) -> str:
    parts = [address.get("address1"), address.get("address2"), address.get("city"),
             " ".join(p for p in (address.get("state"), address.get("zip")) if p), address.get("country")]
    return ", ".join(p for p in parts if p)


def check(order: dict[str, Any], args: dict[str, Any], policy: ActionPolicy) -> Proposal | Refusal:
    number, status = order["id"], order.get("status")
    shipped = any(s.get("shipped_at") for s in order.get("shipments") or [])
    if status not in policy.cancellable or shipped:
        delivered = status == "delivered"  # there is nothing left to redirect
        why = "was cancelled" if status == "cancelled" else "has already been delivered" if delivered else \
            "has already shipped"
        return Refusal(
            NAME, number, "already_shipped",
            f"Order {number} {why}, so its shipping address can no longer be changed."
            + (tracking_text(order) if shipped else "")
            + (" The carrier's tracking page may let you redirect the parcel or hold it for pickup."
               if shipped and not delivered else ""),
            wording={"key": "address_too_late", "order": number, "cancelled": status == "cancelled",
                     "delivered": delivered, "shipped": shipped and not delivered,  # "shipped": redirect advice
                     "tracking": tracking_data(order) if shipped else None},
        )
    address = args.get("address")
    if not address:
        return Refusal(
            NAME, number, "address_needed",
            f"Order {number} hasn't shipped yet, so I can change its address. Please send me the complete new "
            "address in one message — street and number, city, state and ZIP code (e.g. 742 Evergreen Terrace, "
            "Springfield, IL 62704).",
            wording={"key": "address_needed", "order": number},
        )
    current = order.get("shipping_address") or {}
    if current.get("country") and address.get("country") and current["country"] != address["country"]:
        # Another country is another shipping rate, free-shipping threshold and customs: a person re-quotes it.
        return Refusal(
            NAME, number, "address_other_country",
            f"Order {number} ships to {current['country']}, and the new address is in {address['country']}: I can "
            "only change an order's address within the same country, since another country has its own shipping "
            "rate and customs. If you'd like, I can pass this to a person on our team.",
            offer=PERSON, wording={"key": "address_other_country", "order": number, "from": current["country"],
                                   "to": address["country"]},
        )
    summary = (f"I can change the shipping address of order {number} (not shipped yet) from "
               f"{address_text(current) or 'the current address'} to {address_text(address)}.")
    wording = {"key": "change_address", "order": number, "from": dict(current), "to": dict(address)}
    return Proposal(NAME, number, {"address": dict(address)}, summary, wording=wording)


async def execute(oms: OrderManagement, customer_id: str, order_id: str, params: dict[str, Any], key: str) -> ActionResult:
    return await oms.change_address(customer_id, order_id, address=params["address"], key=key)
