"""Carriers: realistic tracking-number formats, tracking URLs and the hubs a parcel is scanned at.

Human replies in the ticket history quote these, so the agent learns to share a link that looks
like the one a real carrier gives (and tests can check a reply quotes the order's own number).
"""

from __future__ import annotations

import random
import string

TRACKING_URLS: dict[str, str] = {
    "USPS": "https://tools.usps.com/go/TrackConfirmAction?tLabels={n}",
    "UPS": "https://www.ups.com/track?tracknum={n}",
    "FedEx": "https://www.fedex.com/fedextrack/?trknbr={n}",
    "Canada Post": "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={n}",
    "Royal Mail": "https://www.royalmail.com/track-your-item#/tracking-results/{n}",
    "DHL": "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id={n}",
}

# Network hubs between our Columbus, OH warehouse and the destination region.
HUBS: dict[str, list[str]] = {
    "USPS": ["Columbus, OH Distribution Center", "Indianapolis, IN Network Distribution Center",
             "Chicago, IL Network Distribution Center", "Atlanta, GA Regional Facility",
             "Dallas, TX Regional Facility", "Los Angeles, CA Network Distribution Center"],
    "UPS": ["Columbus, OH", "Louisville, KY (Worldport)", "Hodgkins, IL", "Ontario, CA", "Parsippany, NJ"],
    "FedEx": ["Columbus, OH", "Memphis, TN (World Hub)", "Mississauga, ON", "Montreal, QC"],
    "Canada Post": ["Columbus, OH (export)", "Toronto, ON (international processing)",
                    "Mississauga, ON Gateway", "Vancouver, BC Processing Plant"],
    "Royal Mail": ["Columbus, OH (export)", "Heathrow Worldwide Distribution Centre",
                   "Warrington Mail Centre", "Glasgow Mail Centre"],
    "DHL": ["Columbus, OH", "Cincinnati, OH (DHL Americas Hub)", "Leipzig, DE (DHL Hub)",
            "East Midlands, GB", "Sydney, AU Gateway", "Brussels, BE"],
}

CUSTOMS = {"CA": "Mississauga, ON", "UK": "East Midlands, GB", "EU": "Leipzig, DE", "AU": "Sydney, AU"}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def tracking_number(rng: random.Random, carrier: str) -> str:
    """A number in the carrier's real format (check digits are not computed)."""
    if carrier == "USPS":
        return "9400" + rng.choice(["1118", "1098", "1206"]) + _digits(rng, 14)
    if carrier == "UPS":
        shipper = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
        return f"1Z{shipper}{rng.choice(['03', '02', '01'])}{_digits(rng, 8)}"
    if carrier == "FedEx":
        return _digits(rng, 12)
    if carrier == "Canada Post":
        return "7023" + _digits(rng, 12)
    if carrier == "Royal Mail":
        return rng.choice(["RM", "RN", "LX"]) + _digits(rng, 9) + "GB"
    if carrier == "DHL":
        return _digits(rng, 10)
    raise ValueError(f"unknown carrier {carrier!r}")


def tracking_url(carrier: str, number: str) -> str:
    return TRACKING_URLS[carrier].format(n=number)
