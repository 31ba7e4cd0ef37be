"""Every policy number of the demo brand, in one place.

Help-center articles are rendered from these values, orders are priced and scheduled with them and
the human replies in historical tickets quote them, so the three can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

BRAND = "Northbound Apparel"
BRAND_SHORT = "Northbound"
DOMAIN = "northboundapparel.com"
SUPPORT_EMAIL = f"support@{DOMAIN}"
BUSINESS_EMAIL = f"hello@{DOMAIN}"  # jobs, wholesale, press, partnerships: not customer care
# When the customer-care team works (the chat assistant answers at any time) and how soon it answers a message
SUPPORT_HOURS = (("Monday to Friday", "8am", "8pm"), ("Saturday and Sunday", "9am", "5pm"))
SUPPORT_TIME_ZONE = "Eastern Time"
SUPPORT_REPLY_WITHIN = "one business day"
HELP_CENTER_URL = f"https://help.{DOMAIN}/articles"
RETURNS_PORTAL_URL = f"https://{DOMAIN}/returns"
CURRENCY = "USD"
ORDER_PREFIX = "NB"

# The demo store is frozen in time: "today" for order states is this instant, so the same seed
# always produces the same data. History runs for ~18 months before it.
DEMO_NOW = datetime(2025, 9, 30, 17, 0, tzinfo=UTC)
HISTORY_START = date(2024, 4, 1)

# --- the refund limit: refunds up to this amount were settled by tier 1 in history ----------------
REFUND_LIMIT = Decimal("50.00")


@dataclass(frozen=True)
class ShippingOption:
    """One shipping method to one region: price, promised business days and the carrier used."""

    method: str  # 'standard' | 'express'
    cost: Decimal
    min_days: int
    max_days: int
    carrier: str


@dataclass(frozen=True)
class Region:
    code: str
    name: str  # written as in a sentence: "Shipping to the United States"
    free_shipping_threshold: Decimal  # standard shipping is free at or above this subtotal
    standard: ShippingOption
    express: ShippingOption
    duties_included: bool
    lost_after_days: int  # business days past the promised date before a parcel is declared lost
    free_returns: bool  # prepaid return label at no cost
    return_label_fee: Decimal  # deducted from the refund when returns are not free


REGIONS: dict[str, Region] = {
    "US": Region(
        "US", "the United States", Decimal("75.00"),
        ShippingOption("standard", Decimal("5.95"), 3, 5, "USPS"),
        ShippingOption("express", Decimal("14.95"), 1, 2, "UPS"),
        duties_included=True, lost_after_days=7, free_returns=True, return_label_fee=Decimal("0.00"),
    ),
    "CA": Region(
        "CA", "Canada", Decimal("100.00"),
        ShippingOption("standard", Decimal("9.95"), 5, 8, "Canada Post"),
        ShippingOption("express", Decimal("24.95"), 2, 4, "FedEx"),
        duties_included=True, lost_after_days=10, free_returns=True, return_label_fee=Decimal("0.00"),
    ),
    "UK": Region(
        "UK", "the United Kingdom", Decimal("100.00"),
        ShippingOption("standard", Decimal("9.95"), 5, 8, "Royal Mail"),
        ShippingOption("express", Decimal("24.95"), 2, 4, "DHL"),
        duties_included=True, lost_after_days=10, free_returns=False, return_label_fee=Decimal("7.95"),
    ),
    "EU": Region(
        "EU", "the European Union", Decimal("150.00"),
        ShippingOption("standard", Decimal("12.95"), 6, 10, "DHL"),
        ShippingOption("express", Decimal("29.95"), 3, 5, "DHL"),
        duties_included=True, lost_after_days=15, free_returns=False, return_label_fee=Decimal("9.95"),
    ),
    "AU": Region(
        "AU", "Australia", Decimal("150.00"),
        ShippingOption("standard", Decimal("14.95"), 8, 12, "DHL"),
        ShippingOption("express", Decimal("34.95"), 4, 6, "DHL"),
        duties_included=False, lost_after_days=15, free_returns=False, return_label_fee=Decimal("12.95"),
    ),
}

# --- fulfilment ---------------------------------------------------------------------------------
PROCESSING_BUSINESS_DAYS = 2  # orders leave the warehouse within this many business days
CARRIER_HOURS = ("8am", "8pm")  # carriers deliver between these hours, Monday to Saturday
SAME_DAY_CUTOFF = "12:00 PM Eastern"
WAREHOUSE = "Columbus, OH"
NO_MOVEMENT_DAYS = 5  # tracking without a scan for this many business days: contact us
# An express order delivered after its promised date has its express fee refunded (once); a standard date is an
# estimate, and lateness alone earns no credit (tools/oms/late_delivery.py applies this to the OMS's dates).
LATE_EXPRESS_SHIPPING_REFUNDED = True
DELIVERED_NOT_RECEIVED_WAIT_HOURS = 48

# --- order changes ------------------------------------------------------------------------------
CANCEL_WINDOW_MINUTES = 60  # cancel yourself or ask us within this window
ADDRESS_CHANGE_RULE = "until the order is fulfilled (status 'processing' or earlier)"

# --- returns and exchanges ----------------------------------------------------------------------
RETURN_WINDOW_DAYS = 30  # from the delivery date
RETURN_CONDITIONS = (
    "unworn, unwashed and undamaged",
    "with the original tags attached",
    "footwear tried on indoors only, in the original box",
)
FINAL_SALE_RULES = (
    "items marked Final Sale (Archive Sale, discounted 40% or more)",
    "underwear, socks and swimwear bottoms, for hygiene reasons",
    "gift cards",
)
RETURN_LABEL_DAYS = 7  # from the return label to dropping the parcel with the carrier (help center and OMS alike)
EXCHANGE_WINDOW_DAYS = 30
FREE_EXCHANGE_REGIONS = ("US", "CA")
EXCHANGES_PER_ITEM = 1

# --- refunds --------------------------------------------------------------------------------------
REFUND_PROCESSING_DAYS = 3  # business days from the return reaching the warehouse to refund issued
REFUND_TIMING: dict[str, tuple[str, str]] = {
    # method -> (label, how long until the customer sees it)
    "card": ("credit or debit card", "5-10 business days"),
    "paypal": ("PayPal", "3-5 business days"),
    "gift_card": ("gift card or store credit", "within 24 hours"),
    "klarna": ("Klarna", "3-5 business days (your instalment plan is adjusted)"),
    "apple_pay": ("Apple Pay", "5-10 business days (to the card behind Apple Pay)"),
}
ORIGINAL_SHIPPING_REFUNDED = "only when the return is due to our error (damaged, defective or wrong item)"

# --- payments -------------------------------------------------------------------------------------
PAYMENT_METHODS = (
    "Visa, Mastercard, American Express and Discover credit and debit cards",
    "PayPal",
    "Apple Pay and Google Pay",
    "Klarna (4 interest-free payments)",
    f"{BRAND} gift cards",
)
KLARNA_MIN, KLARNA_MAX = Decimal("35.00"), Decimal("1000.00")
KLARNA_INSTALMENTS = 4
GIFT_CARD_AMOUNTS = (25, 50, 100, 150, 250)
GIFT_MESSAGE_CHARACTERS = 250  # the free gift message at checkout; a gift order's packing slip shows no prices
PENDING_AUTH_RELEASE_DAYS = "3-5 business days"

# --- promotions ---------------------------------------------------------------------------------
CODES_PER_ORDER = 1


@dataclass(frozen=True)
class PromoCode:
    code: str
    percent: int  # 0 for a free-shipping code
    min_subtotal: Decimal
    description: str
    valid_from: date
    valid_until: date | None  # None: evergreen
    free_shipping: bool = False
    first_order_only: bool = False


PROMO_CODES: tuple[PromoCode, ...] = (
    PromoCode("WELCOME10", 10, Decimal("0"), "10% off your first order when you join the newsletter",
              date(2024, 1, 1), None, first_order_only=True),
    PromoCode("NORTH15", 15, Decimal("100"), "15% off orders of $100 or more", date(2024, 1, 1), None),
    PromoCode("FREESHIP", 0, Decimal("40"), "free standard shipping on US orders of $40 or more",
              date(2024, 1, 1), None, free_shipping=True),
    PromoCode("SPRING20", 20, Decimal("80"), "20% off full-price items, spring sale",
              date(2025, 3, 15), date(2025, 4, 15)),
    PromoCode("BFCM25", 25, Decimal("0"), "25% off sitewide, Black Friday weekend",
              date(2024, 11, 29), date(2024, 12, 2)),
    PromoCode("SUMMER20", 20, Decimal("80"), "20% off full-price items, summer sale",
              date(2025, 6, 20), date(2025, 7, 7)),
)
WELCOME_CODE_VALID_DAYS = 30

# --- account --------------------------------------------------------------------------------------
PASSWORD_RESET_LINK_MINUTES = 60
NEWSLETTER_UNSUBSCRIBE_HOURS = 48
ACCOUNT_DELETION_DAYS = 30


def article_url(slug: str) -> str:
    """The public URL of a help-center article."""
    return f"{HELP_CENTER_URL}/{slug}"


def promo(code: str) -> PromoCode:
    return next(p for p in PROMO_CODES if p.code == code)


def money(value: Decimal | float | int) -> str:
    """Format an amount the way the brand writes it: $1,234.50."""
    return f"${Decimal(value):,.2f}"
