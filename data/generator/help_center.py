"""The demo brand's help center: Markdown articles rendered from data/generator/policy.py.

Rendering (instead of hand-written prose with numbers in it) keeps every figure in one place, so an
article, an order's shipping cost and a human agent's reply always quote the same policy.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from data.generator import policy as P
from data.generator.catalog import LINES
from tools.oms.size_chart import size_table

CATEGORIES = ("shipping", "returns", "refunds", "exchanges", "sizing", "care", "payments", "promotions",
              "account", "orders")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    category: str
    body: str

    @property
    def url(self) -> str:
        return P.article_url(self.id)

    def row(self) -> dict:
        """A `help_articles` row."""
        return {
            "id": self.id, "title": self.title, "category": self.category, "body": self.body,
            "url": self.url, "source": "demo",
            "content_hash": hashlib.sha256(self.body.encode()).hexdigest(),
            "updated_at": P.DEMO_NOW,
        }

    def markdown(self) -> str:
        """The article as a standalone Markdown file (front matter + body)."""
        # Values are JSON-quoted (valid YAML) so titles like "Shipping to Canada: times and costs" parse.
        fields = {"id": self.id, "title": self.title, "category": self.category, "url": self.url}
        front = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items())
        return f"---\n{front}\n---\n\n# {self.title}\n\n{self.body}\n"


def _a(slug: str, title: str, category: str, *sections: tuple[str, str]) -> Article:
    body = "\n\n".join(f"## {heading}\n\n{text.strip()}" for heading, text in sections)
    return Article(slug, title, category, body)


def _bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def _days(opt: P.ShippingOption) -> str:
    return f"{opt.min_days}-{opt.max_days} business days"


# --- shipping -------------------------------------------------------------------------------------
def _shipping_region(region: P.Region) -> Article:
    std, exp = region.standard, region.express
    duties = ("All duties and import taxes are included in the price you pay at checkout; there is nothing "
              "to pay on delivery." if region.duties_included else
              "Duties and GST may be collected by the carrier on delivery for orders over AUD 1,000; orders "
              "under that have GST included at checkout.")
    return _a(
        f"shipping-{region.code.lower()}", f"Shipping to {region.name}: times and costs".replace(" the ", " "), "shipping",
        ("Rates and delivery times",
         "| Method | Cost | Delivery time | Carrier |\n|---|---|---|---|\n"
         f"| Standard | {P.money(std.cost)} | {_days(std)} | {std.carrier} |\n"
         f"| Express | {P.money(exp.cost)} | {_days(exp)} | {exp.carrier} |"),
        ("Free shipping",
         f"Standard shipping to {region.name} is free on orders of {P.money(region.free_shipping_threshold)} "
         "or more (after discounts). Express shipping is never free."),
        ("When your order leaves us",
         f"Orders ship from our warehouse in {P.WAREHOUSE} within {P.PROCESSING_BUSINESS_DAYS} business days; "
         f"orders placed before {P.SAME_DAY_CUTOFF} on a business day usually leave the same day. Delivery "
         "times above start when the parcel is handed to the carrier."),
        ("Duties and taxes", duties),
        *((("Countries", _COUNTRIES[region.code]),) if region.code in _COUNTRIES else ()),
    )


# Which countries a region is, where customers name a country rather than the region ("do you ship to Spain?").
_COUNTRIES = {
    "EU": "We deliver to all 27 countries of the European Union, including Germany, France, Spain, Italy, the "
          "Netherlands, Belgium, Austria, Ireland, Portugal, Poland, Sweden, Denmark and Finland. Switzerland and "
          "Norway are not in the European Union, and we don't ship there.",
    "UK": "We deliver to England, Scotland, Wales and Northern Ireland.",
}


def _shipping_articles() -> list[Article]:
    thresholds = "\n".join(
        f"| {r.name.removeprefix('the ').title()} | {P.money(r.standard.cost)} ({_days(r.standard)}) | {P.money(r.express.cost)} "
        f"({_days(r.express)}) | {P.money(r.free_shipping_threshold)} |" for r in P.REGIONS.values())
    articles = [_shipping_region(r) for r in P.REGIONS.values()]
    articles += [
        _a("shipping-overview", "Where we ship and what it costs", "shipping",
           ("Regions", f"We ship to the United States, Canada, the United Kingdom, the European Union and "
                       f"Australia. All prices are in {P.CURRENCY}."),
           ("Rates at a glance", "| Region | Standard | Express | Free standard shipping from |\n"
                                 "|---|---|---|---|\n" + thresholds),
           ("Fastest delivery", f"Express is our fastest option: {_days(P.REGIONS['US'].express)} in the US, "
                                "longer abroad (see the rates above). We don't offer same-day or guaranteed next-day "
                                f"delivery. Orders placed before {P.SAME_DAY_CUTOFF} on a business day usually leave "
                                "the same day, so a US express order placed by then often arrives the next business "
                                "day."),
           ("Delivery days", f"Carriers deliver Monday to Saturday, between {P.CARRIER_HOURS[0]} and "
                             f"{P.CARRIER_HOURS[1]}. There are no deliveries on Sundays."),
           ("PO boxes and APO/FPO", "Standard shipping can be delivered to PO boxes and APO/FPO addresses in "
                                    "the US. Express needs a street address."),
           ("Collecting in person", "We sell online only: there is no store, click-and-collect or pickup point. "
                                    "We deliver to the address you choose at checkout, which can be a workplace.")),
        _a("order-processing-times", "When will my order ship?", "shipping",
           ("Processing time", f"We pack and ship orders within {P.PROCESSING_BUSINESS_DAYS} business days. "
                               f"Orders placed before {P.SAME_DAY_CUTOFF} on a business day usually ship the same "
                               "day. Weekends and US public holidays are not business days."),
           ("Shipping confirmation", "As soon as your parcel leaves the warehouse we email you the carrier and "
                                     "a tracking link. Tracking can take up to 24 hours to show the first scan.")),
        _a("track-your-order", "How do I track my order?", "shipping",
           ("Tracking link", "Your shipping confirmation email contains the carrier and tracking number. You "
                             "can also sign in and open Orders, or enter your order number (it starts with "
                             f"{P.ORDER_PREFIX}) and email on our order status page. A new tracking number can "
                             "show 'not found' on the carrier's page for up to 24 hours, until its first scan."),
           ("Tracking statuses", _bullets([
               "Label created: we packed your order; the carrier has not scanned it yet.",
               "In transit: the carrier has the parcel and it is moving through its network.",
               "Out for delivery: it arrives today.",
               "Delivered: the carrier recorded the delivery. Not there? See 'Marked delivered but not received'.",
           ])),
           ("Delivery time on the day", f"Carriers deliver between {P.CARRIER_HOURS[0]} and {P.CARRIER_HOURS[1]}, "
                                        "Monday to Saturday. On the delivery day the carrier's tracking link shows "
                                        "a time window once the driver's route is planned; we don't see the route "
                                        "ourselves, so that link is the most up-to-date place to look."),
           ("When tracking shows a problem",
            "A delivery exception or a delay notice means something outside the plan held the "
            "parcel up, such as weather, a damaged label or an address the driver could not find; most parcels move "
            "again within 1-2 business days. 'Held at depot' means the carrier is keeping the "
            "parcel at its local depot, usually after a missed delivery or while an address is checked; it goes out on "
            "the next delivery round, or you can arrange redelivery or collection through the tracking link. "
            "'Delivery attempted' means the driver could not hand the parcel over and will try again on the next "
            "business day; most carriers leave a card or send an email with your options."),
           ("Carriers we use", "\n".join(f"- {r.code}: {r.standard.carrier} (standard), {r.express.carrier} (express)"
                                         for r in P.REGIONS.values()))),
        _a("shipping-delays", "My order is late or tracking has not updated", "shipping",
           ("Why parcels are late", "Most delays happen in the carrier network: weather, peak season volume, "
                                    "customs checks for international parcels, or a missed delivery attempt."),
           ("What to do", f"If your tracking has not moved for {P.NO_MOVEMENT_DAYS} business days, or the promised "
                          "delivery date has passed, contact us with your order number. We open a trace with the "
                          "carrier and tell you what they report."),
           *_late_delivery_sections(),
           ("When a parcel counts as lost", "We declare a parcel lost when it is still not delivered this many "
                                            "business days after its promised date:\n" +
            "\n".join(f"- {r.code}: {r.lost_after_days} business days" for r in P.REGIONS.values()) +
            "\n\nThen we reship your order at no cost or refund it in full, your choice.")),
        _a("lost-packages", "My package is lost", "shipping",
           ("Lost in transit", "If the carrier cannot locate your parcel after the waiting period in 'My order is "
                               "late', we send a free replacement (if the items are in stock) or a full refund, "
                               "including shipping, to your original payment method."),
           ("How to report it", "Reply to your shipping confirmation or contact us with your order number. You do "
                                "not need to contact the carrier yourself.")),
        _a("delivered-not-received", "Tracking says delivered but I don't have it", "shipping",
           ("First steps", f"Carriers sometimes mark parcels delivered a little early. Please wait "
                           f"{P.DELIVERED_NOT_RECEIVED_WAIT_HOURS} hours, check with neighbours, your building's "
                           "mailroom or reception, and around your property (porches, garages, parcel lockers)."),
           ("Still missing?", "Contact us with your order number. We open a claim with the carrier and, once it "
                              "confirms the parcel is missing, we reship or refund the order.")),
        _a("parcel-not-for-you", "I received a parcel that isn't mine", "shipping",
           ("What to do", "Please don't open it. Send us a photo of the label, or the name and address on it, and we "
                          "email you a prepaid label to send it back. If it's for a neighbour, you're welcome to "
                          "pass it on; either way the right customer gets their order.")),
        _a("delivery-instructions", "Delivery instructions and safe places", "shipping",
           ("Where the driver leaves your parcel", "Tell the driver where to leave your parcel in the delivery "
                                                   "instructions at checkout, under your address: a safe place (a "
                                                   "porch, behind a gate, a parcel box), a neighbour who can take it "
                                                   "in, or a building or gate code."),
           ("After your order has shipped", "Add or change where the driver leaves it through the carrier's tracking "
                                            "link in your shipping email: the carriers we use let you choose a safe "
                                            "place, a neighbour or another delivery day. Once the parcel is with the "
                                            "carrier we can't change this for you."),
           ("Signatures", "Standard deliveries need no signature. Express parcels need one, so if nobody will be in, "
                          "name a neighbour through the tracking link.")),
        _a("international-customs", "Customs, duties and international orders", "shipping",
           ("Duties", "Orders to Canada, the UK and the EU are shipped duties-paid: the price at checkout is all "
                      "you pay. Orders to Australia over AUD 1,000 may be charged duties by the carrier."),
           ("Customs delays", "International parcels can sit in customs for 1-3 extra business days, which is "
                              "included in our international delivery estimates.")),
    ]
    return articles


def _late_delivery_sections() -> list[tuple[str, str]]:
    """The late-delivery rule, as the brand's policy has it (policy.LATE_EXPRESS_SHIPPING_REFUNDED)."""
    if not P.LATE_EXPRESS_SHIPPING_REFUNDED:
        return []
    return [("Late deliveries and shipping costs",
             "If an express order arrives after its promised delivery date, we refund the express shipping fee: ask "
             "us with your order number and it goes back to your original payment method. Standard delivery dates "
             "are estimates, so a standard order that arrives late is not credited; if it is lost, we reship it or "
             "refund it in full.")]


# --- returns, refunds, exchanges ----------------------------------------------------------------
def _returns_articles() -> list[Article]:
    free = [r.name for r in P.REGIONS.values() if r.free_returns]
    paid = "\n".join(f"- {r.code}: {P.money(r.return_label_fee)} deducted from your refund"
                     for r in P.REGIONS.values() if not r.free_returns)
    return [
        _a("return-policy", "Our return policy", "returns",
           ("Return window", f"You can return items within {P.RETURN_WINDOW_DAYS} days of delivery."),
           ("Condition", "Items must be:\n" + _bullets(P.RETURN_CONDITIONS)),
           ("What cannot be returned", _bullets(P.FINAL_SALE_RULES)),
           ("Return shipping", f"Returns are free in {' and '.join(free)} (we email a prepaid label). For other "
                               "regions our prepaid label costs:\n" + paid),
           ("Refunds", f"We refund to your original payment method within {P.REFUND_PROCESSING_DAYS} business "
                       "days of your return reaching our warehouse. Original shipping costs are refunded "
                       f"{P.ORIGINAL_SHIPPING_REFUNDED}.")),
        _a("gift-returns", "Returning or exchanging a gift", "returns",
           ("Gifts", f"A gift can be returned or exchanged within {P.RETURN_WINDOW_DAYS} days of delivery, no receipt "
                     "needed: the order number on the packing slip or in the gift message is enough."),
           ("Who gets the refund", "When the person who received a gift returns it, we refund it as a gift card to "
                                   "their email. When the person who ordered it starts the return, the refund goes "
                                   "to their original payment method.")),
        _a("how-to-return", "How to start a return", "returns",
           ("Steps", f"1. Go to {P.RETURNS_PORTAL_URL} and enter your order number and email.\n"
                     "2. Choose the items and a reason (refund or exchange).\n"
                     "3. Print the label (or show the QR code at the drop-off point) and pack the items with "
                     "their tags.\n4. Drop the parcel with the carrier within "
                     f"{P.RETURN_LABEL_DAYS} days of creating the label."),
           ("Returning in a store", "We have no shops, so a return can't be taken to a store: returns go by mail."),
           ("After you ship it", f"We email you when the return arrives and again when the refund is issued "
                                 f"(within {P.REFUND_PROCESSING_DAYS} business days of arrival).")),
        _a("final-sale-items", "Final sale items", "returns",
           ("What is final sale", _bullets(P.FINAL_SALE_RULES)),
           ("Faulty final sale items", "Final sale items that arrive damaged or defective can still be reported "
                                       "within 30 days of delivery; we replace or refund them.")),
        _a("damaged-or-defective-items", "My item arrived damaged or defective", "returns",
           ("Tell us", "Contact us within 30 days of delivery with your order number and a photo of the damage "
                       "or defect (and of the shipping box if it was damaged in transit)."),
           ("What happens next", "A team member reviews it, usually within one business day, and sends a free "
                                 "replacement or a full refund including shipping. You will not pay for return "
                                 "shipping on a faulty item.")),
        _a("wrong-or-missing-items", "I received the wrong item or something is missing", "orders",
           ("Wrong item", "Sorry about that. Send us your order number and a photo of what arrived. We ship the "
                          "right item at no cost and email a prepaid label for the wrong one."),
           ("Missing item", "Orders sometimes ship in more than one parcel: check your shipping emails for a "
                            "second tracking number. If everything has arrived and an item is missing, contact "
                            "us and we reship it.")),
        _a("international-returns", "Returns from outside the US", "returns",
           ("Label costs", paid + "\n- Canada: free"),
           ("Timing", "International returns take 7-15 business days to reach our warehouse. Your refund is issued "
                      f"within {P.REFUND_PROCESSING_DAYS} business days of arrival.")),
    ]


def _refund_articles() -> list[Article]:
    table = "\n".join(f"| {label} | {when} |" for label, when in P.REFUND_TIMING.values())
    return [
        _a("refund-timing", "When will I get my refund?", "refunds",
           ("Processing", f"We issue refunds within {P.REFUND_PROCESSING_DAYS} business days of your return "
                          "arriving at our warehouse, or straight away for cancelled orders. You get an email "
                          "when the refund is issued."),
           ("Time to reach you", "| Payment method | Time after we issue the refund |\n|---|---|\n" + table),
           ("Still not there?", "Banks can take the full 10 business days. After that, contact us with your order "
                                "number and we send you the refund reference to give your bank.")),
        _a("refund-policy", "Refunds: what is refunded and how", "refunds",
           ("Original payment method", "Refunds go back to the payment method used for the order. Gift card "
                                       "payments are refunded as store credit."),
           ("Shipping costs", f"Original shipping is refunded {P.ORIGINAL_SHIPPING_REFUNDED}."),
           ("Partial refunds", "Items returned worn, washed or without tags may receive a partial refund or be "
                               "sent back to you.")),
        _a("store-credit", "Store credit and gift card refunds", "refunds",
           ("Store credit", "Choose store credit in the returns portal to get your refund within 24 hours of the "
                            "return arriving. Store credit never expires."),
           ("Gift card orders", "Orders paid with a gift card are refunded to a new gift card, emailed to you.")),
        _a("cancelled-order-refunds", "Refunds for cancelled orders", "refunds",
           ("Timing", "When we cancel an order we release or refund the payment immediately. Card holds disappear "
                      f"in {P.PENDING_AUTH_RELEASE_DAYS}; PayPal refunds in 3-5 business days.")),
    ]


def _exchange_articles() -> list[Article]:
    return [
        _a("exchanges", "How exchanges work", "exchanges",
           ("What you can exchange", f"Exchange an item for another size or colour of the same product within "
                                     f"{P.EXCHANGE_WINDOW_DAYS} days of delivery. Each item can be exchanged "
                                     "once; final sale items cannot be exchanged."),
           ("Cost", f"Exchanges are free in {' and '.join(P.REGIONS[c].name for c in P.FREE_EXCHANGE_REGIONS)}. Elsewhere the return label "
                    "fee for your region applies."),
           ("How", f"Start in the returns portal ({P.RETURNS_PORTAL_URL}) and choose Exchange. We ship the new "
                   "item as soon as the carrier scans your return, so you are not without it for long.")),
        _a("exchange-out-of-stock", "The size I want is out of stock", "exchanges",
           ("Exchanges", "If the size or colour you chose sells out before your return arrives, we refund the "
                         "item to your original payment method instead."),
           ("Restocks", "Tap 'Notify me' on the product page to get an email when your size is back.")),
    ]


# --- sizing and care -------------------------------------------------------------------------------
def _sizing_articles() -> list[Article]:
    articles = [
        _a(f"size-guide-{line.code}", f"Size guide: {line.title}", "sizing",
           ("Size chart", size_table(line.size_chart)),
           ("Fit", line.fit_note),
           ("Between sizes?", "Measure a similar item that fits you well and compare. Still unsure? Order the one "
                              f"you think fits best: exchanges are free in {' and '.join(P.REGIONS[c].name for c in P.FREE_EXCHANGE_REGIONS)}."))
        for line in LINES.values()
    ]
    articles.append(_a(
        "how-to-measure", "How to measure yourself", "sizing",
        ("Chest / bust", "Measure around the fullest part, under the arms, keeping the tape level."),
        ("Waist", "Measure around your natural waistline, the narrowest part of your torso."),
        ("Hip", "Stand with feet together and measure around the fullest part of your hips."),
        ("Inseam", "Measure a pair of trousers that fit you from the crotch seam to the hem."),
        ("Foot length", "Stand on paper, mark heel and longest toe, and measure the distance in inches."),
    ))
    return articles


def _care_articles() -> list[Article]:
    return [
        _a(f"care-{line.code}", f"Caring for your {line.title.lower()}", "care",
           ("Care instructions", line.care),
           ("Materials", "Every product page lists the fabric and the care label; when the two differ, follow "
                         "the care label sewn into the garment."))
        for line in LINES.values() if line.code in ("denim", "outerwear", "footwear", "activewear", "tops")
    ] + [
        _a("materials-and-sustainability", "Our materials", "care",
           ("Fabrics", "We use organic cotton, European linen, merino wool, recycled nylon and polyester, and "
                       "responsibly sourced down (RDS certified)."),
           ("Repairs", "Broken zip or a loose seam within 1 year of purchase? Contact us: we repair or replace "
                       "it.")),
    ]


# --- payments, promotions, account, orders -----------------------------------------------------
def _payment_articles() -> list[Article]:
    return [
        _a("payment-methods", "Payment methods we accept", "payments",
           ("Accepted", _bullets(P.PAYMENT_METHODS)),
           ("Currency", f"All prices are charged in {P.CURRENCY}. Your bank may add a foreign transaction fee."),
           # what the history's agents tell a customer whose payment fails (tickets cite this article for it)
           ("Payment declined at checkout", "A declined payment isn't charged: at most your bank shows a pending "
                                            f"hold that drops off in {P.PENDING_AUTH_RELEASE_DAYS}. Check that the "
                                            "billing address matches the one your card is registered to, or pay "
                                            "with another method; if every card fails, your bank can tell you "
                                            "why it declined.")),
        _a("klarna-instalments", "Pay in instalments with Klarna", "payments",
           ("How it works", f"Split orders between {P.money(P.KLARNA_MIN)} and {P.money(P.KLARNA_MAX)} into "
                            f"{P.KLARNA_INSTALMENTS} interest-free payments, every two weeks. Choose Klarna at "
                            "checkout; approval is decided by Klarna."),
           ("Returns", "When you return something, Klarna adjusts your remaining instalments within 3-5 business "
                       "days.")),
        _a("gift-cards", "Gift cards", "payments",
           ("Buying", "Digital gift cards come in " + ", ".join(f"${a}" for a in P.GIFT_CARD_AMOUNTS) +
            " and are emailed on the date you choose. Gift cards cannot be bought with another gift card or "
            "a promo code."),
           ("Using", "Enter the 16-digit code at checkout. Gift cards never expire and can be combined with one "
                     "promo code. Check your balance on the gift card page.")),
        _a("double-charges-and-pending-authorisations", "I was charged twice / pending charges", "payments",
           ("Pending authorisations", "When you place an order your bank places a hold for the amount. If you "
                                      "edited or cancelled the order, the old hold drops off in "
                                      f"{P.PENDING_AUTH_RELEASE_DAYS}; it is not a second charge."),
           ("A real double charge", "If two charges have settled for one order, contact us with the order number "
                                    "and the last 4 digits of the card. Our billing team reviews it and refunds "
                                    "the duplicate, usually within 2 business days."),
           ("Chargebacks", "Please contact us before disputing a charge with your bank: a dispute freezes the "
                           "order and can take the bank 60-90 days to settle.")),
    ]


def _promotion_articles() -> list[Article]:
    active = [p for p in P.PROMO_CODES if p.valid_until is None]
    seasonal = [p for p in P.PROMO_CODES if p.valid_until is not None]
    return [
        _a("promo-codes", "Using a promo code", "promotions",
           ("Where to enter it", "Enter the code in the 'Discount code' box at checkout (on the payment step). "
                                 "Codes are not case-sensitive."),
           ("Current codes", _bullets([f"{p.code}: {p.description}" for p in active])),
           ("Rules", f"Only {P.CODES_PER_ORDER} promo or discount code per order: codes cannot be combined "
                     "with each other, do not apply to Final Sale items or gift cards, and cannot be added after an "
                     "order is placed.")),
        _a("promo-code-not-working", "Why isn't my promo code working?", "promotions",
           ("Common reasons", _bullets([
               "The code has expired (seasonal codes have an end date; see below).",
               "Your subtotal is below the code's minimum spend (for example NORTH15 needs $100).",
               "Your cart only has Final Sale items, which are excluded.",
               "You already used a first-order code such as WELCOME10 on an earlier order or with another "
               "account.",
               "Another code is already applied: only one code per order.",
               "FREESHIP is for US orders only.",
           ])),
           ("Seasonal codes", _bullets([f"{p.code}: {p.description}, valid {p.valid_from:%b %d, %Y} to "
                                        f"{p.valid_until:%b %d, %Y}" for p in seasonal])),
           ("Forgot to use a code?", "We can't add a code to a placed order, but if you contact us within 7 days "
                                     "of ordering we refund the difference once as a courtesy.")),
        _a("welcome-discount", "Welcome discount for newsletter subscribers", "promotions",
           ("How to get it", f"Sign up to the newsletter and we email you WELCOME10 (10% off your first order). "
                             f"It is valid for {P.WELCOME_CODE_VALID_DAYS} days and for one order per customer.")),
        _a("sales-and-price-adjustments", "Sales and price adjustments", "promotions",
           ("Price adjustments", "If an item you bought drops in price within 7 days of your order, contact us "
                                 "and we refund the difference once per order. Final Sale and Archive Sale "
                                 "prices are excluded."),
           ("Archive Sale", "Archive Sale items are discounted 40% or more and are Final Sale.")),
    ]


def _account_articles() -> list[Article]:
    return [
        _a("password-reset", "Reset your password", "account",
           ("Reset link", f"Click 'Forgot password' on the sign-in page. The reset link is valid for "
                          f"{P.PASSWORD_RESET_LINK_MINUTES} minutes; request a new one if it expired."),
           ("No email?", "Check spam and promotions folders and make sure you use the email you signed up with. "
                         "Signed up through checkout as a guest? Create an account with the same email.")),
        _a("change-email", "Change the email on your account", "account",
           ("How", "Sign in, go to Account > Profile and enter the new email. We send a confirmation link to the "
                   "new address; the change applies after you click it."),
           ("Orders in progress", "Emails about orders already placed still go to the address on the order. "
                                  "Contact us to update it on an open order.")),
        _a("account-security", "Locked or hacked account", "account",
           ("Locked out", "Too many sign-in attempts lock an account for your safety. Contact us from the account "
                          "email: a team member verifies it's you and restores access, usually within 1 business day."),
           ("Someone else got in", "Tell us at once. We lock the account, cancel any order you didn't place before "
                                   "it ships, and help you set a new password. We never ask for your password.")),
        _a("suspicious-messages", "Is this email, text or call really from us? (phishing and scams)", "account",
           ("What we never ask", "A real message from us never asks for your password or card details, and never "
                                 "asks you to pay a redelivery, customs or delivery fee by text, email or phone. Our "
                                 "emails always come from @northboundapparel.com, and tracking "
                                 "links go to the carrier's own website."),
           ("If you are unsure", f"Don't click the link or reply. Forward the suspicious email or text to "
                                 f"{P.SUPPORT_EMAIL} and delete it. If you entered your password or card details, "
                                 "change your password at once and call your bank; we can lock your account while "
                                 "we check it.")),
        _a("newsletter-preferences", "Newsletter and email preferences", "account",
           ("Unsubscribe", "Use the unsubscribe link at the bottom of any newsletter, or Account > Preferences. "
                           f"It takes effect within {P.NEWSLETTER_UNSUBSCRIBE_HOURS} hours."),
           ("Order emails", "Order confirmations and shipping updates are transactional and are still sent.")),
        _a("delete-account", "Delete your account and data", "account",
           ("Request deletion", f"Email {P.SUPPORT_EMAIL} from the account email. We delete your account and "
                                f"personal data within {P.ACCOUNT_DELETION_DAYS} days, except order records we "
                                "must keep for tax purposes.")),
        _a("guest-checkout", "Guest checkout and order history", "account",
           ("Guest orders", "You can check out without an account. To see guest orders in your history, create an "
                            "account with the same email: past orders appear automatically.")),
    ]


def _order_articles() -> list[Article]:
    return [
        _a("contact-us", "What we can help with", "orders",
           ("Customer care", f"We help with Northbound orders, deliveries, returns, exchanges, refunds, sizing, "
                             f"products and your account, by chat, email ({P.SUPPORT_EMAIL}) and social media. "
                             "Ask for a person at any time."),
           ("Hours and reply times", "This chat answers at any time, day or night. Our customer care team works "
                                     + ", and ".join(f"{days}, {start}-{end}" for days, start, end in P.SUPPORT_HOURS)
                                     + f" ({P.SUPPORT_TIME_ZONE}), and answers emails and messages within "
                                     f"{P.SUPPORT_REPLY_WITHIN}, usually sooner. Ask for a person here at any time: "
                                     "your conversation goes to the team with everything you've told us."),
           ("Everything else", f"For jobs, wholesale, press and partnerships write to {P.BUSINESS_EMAIL}. We can't "
                               "help with other companies' services or accounts (carriers' own accounts, banks, "
                               "marketplaces, streaming or games): please contact them directly.")),
        _a("cancel-order", "Cancel an order", "orders",
           ("Cancellation window", f"You can cancel within {P.CANCEL_WINDOW_MINUTES} minutes of placing your order "
                                   "from the link in your confirmation email, or contact us and we will try to "
                                   "cancel it as long as it has not been fulfilled."),
           ("Already shipped?", "Once an order has shipped we can't cancel it. You can return it for free (US and "
                                f"Canada) within {P.RETURN_WINDOW_DAYS} days of delivery."),
           ("Refund", "Cancelled orders are refunded immediately to the original payment method.")),
        _a("change-shipping-address", "Change the shipping address", "orders",
           ("Before it ships", f"We can change the address {P.ADDRESS_CHANGE_RULE}. Contact us quickly with the "
                               "order number and the full new address."),
           ("After it ships", "Once shipped we can't redirect parcels, but you may be able to through the carrier "
                              "(USPS Package Intercept, UPS My Choice, FedEx Delivery Manager).")),
        _a("edit-order", "Add or remove items from an order", "orders",
           ("Changes", "We can't add items to a placed order or change the items in it. To change a size or an "
                       "item, cancel the order while it hasn't shipped and place a new one; after it ships, return or "
                       "exchange it once delivered.")),
        _a("order-confirmation-missing", "I didn't get an order confirmation", "orders",
           ("Check first", "Confirmations arrive within a few minutes. Check spam, and check the email address on "
                           "the order for typos."),
           ("Resend", "Contact us with your name and the email you used; we resend the confirmation.")),
        _a("send-as-gift", "Sending an order as a gift", "orders",
           ("Gift message and packing slip",
            "Tick 'This is a gift' at checkout to include a free gift message (a note to the recipient) of up "
            f"to {P.GIFT_MESSAGE_CHARACTERS} characters. The packing slip of a gift order shows no prices."),
           ("Gift wrapping", "We don't offer gift wrapping or gift boxes: every order ships in our recycled "
                             "packaging."),
           ("Shipping to someone else", "To send it straight to a friend or family member, enter their name and "
                                        "home or work address as the shipping address; the "
                                        "confirmation and tracking emails still come to you. The recipient can "
                                        "return or exchange the gift without a receipt.")),
    ]


def build_articles() -> list[Article]:
    """All help-center articles, in a stable order."""
    articles = (_shipping_articles() + _returns_articles() + _refund_articles() + _exchange_articles()
                + _sizing_articles() + _care_articles() + _payment_articles() + _promotion_articles()
                + _account_articles() + _order_articles())
    ids = [a.id for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article slug"
    assert all(a.category in CATEGORIES for a in articles)
    return articles
