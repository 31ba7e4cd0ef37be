"""The demo store generator: a deterministic DTC apparel brand ("Northbound Apparel").

`generate(seed)` builds every table's rows from one `random.Random(seed)` (no global random state,
no clock, no network), so the same seed gives byte-identical data and a fingerprint that the seeder
uses to skip work it has already done.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, fields

from data.generator.catalog import build_catalog
from data.generator.customers_orders import build_customers, build_orders
from data.generator.help_center import build_articles
from data.generator.split import assign_splits
from data.generator.tickets import TicketBuilder

# Bump whenever the generated rows change for the same seed (the seeder then reseeds).
GENERATOR_VERSION = "2026.16"  # 2026.2: orders carry their status history; 2026.3: the agent asks for the order;
# 2026.4: product range and features, delays before dispatch, late-then-'delivered' lost parcels;
# 2026.5: an order's items named as items (most sent back, one kept, changed before shipping), what an order came to,
# what a tracking problem status means (help center); 2026.6: the help center says what to do about a declined
# payment (the history's agents already did, citing the payment-methods article); 2026.7: phrases and help-center
# quotes that echoed real-messages development rows taken out (the set measures; the history is not written from it);
# 2026.8: product questions that ask what something costs, answered from the catalogue's prices (their own tickets
# only); 2026.9: a late order told as not received ("I still haven't received my order"), the commonest way
# customers say it; 2026.10: what is in an order on its way (items, sizes, colours), answered from its lines (their
# own tickets only); 2026.11: where the driver may leave a parcel (a safe place, a neighbour, a signature), answered
# from a new help article on delivery instructions (their own tickets only); 2026.12: what time an order on its way
# comes on the day, answered with its due date and the carrier's window (the help center says the hours); 2026.13: a
# tracking number that does not work yet ("not found"), answered with the order's status and the first-scan delay;
# 2026.14: how fast delivery can be (next day, overnight, same day, the cut-off), answered with the fastest option to
# the region and the cut-off (the shipping overview says both; their own tickets only); the help center's
# edit-order article says what the store can do: items of a placed order are changed by cancelling and reordering;
# the EU and UK shipping articles name their countries; 2026.15: what the store sells of a kind ("do you sell
# jackets?", "your cheapest tees?"), answered with the catalogue's products of that kind (their own tickets only)
# 2026.16: the help center's article on e-mails, texts and calls that claim to be from the brand (phishing); the
# tickets are 2026.15's, so a store seeded before gets the article on its next start

N_CUSTOMERS = 560
N_ORDERS = 3400
N_TICKETS = 5200


@dataclass
class DemoStore:
    """Rows per table, keyed by the column names of db/migrations, in insertion (FK) order."""

    seed: int
    customers: list[dict]
    products: list[dict]
    variants: list[dict]
    orders: list[dict]
    order_items: list[dict]
    payments: list[dict]
    shipments: list[dict]
    order_history: list[dict]
    help_articles: list[dict]
    tickets: list[dict]

    TABLES = ("customers", "products", "variants", "orders", "order_items", "payments", "shipments",
              "order_history", "help_articles", "tickets")

    def tables(self) -> dict[str, list[dict]]:
        return {name: getattr(self, name) for name in self.TABLES}

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables().items()}

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.seed)


assert {f.name for f in fields(DemoStore)} - {"seed"} == set(DemoStore.TABLES)


def fingerprint(seed: int) -> str:
    """Generator version + seed + target sizes: known without generating, so a seeded database is
    recognised in milliseconds."""
    raw = json.dumps({"version": GENERATOR_VERSION, "seed": seed,
                      "sizes": [N_CUSTOMERS, N_ORDERS, N_TICKETS]}, sort_keys=True)
    return f"{GENERATOR_VERSION}:{seed}:{hashlib.sha256(raw.encode()).hexdigest()[:12]}"


def generate(seed: int = 7) -> DemoStore:
    """Build the whole demo store for `seed` (a few seconds, byte-identical per seed)."""
    rng = random.Random(seed)
    products, variants = build_catalog(rng)
    customers = build_customers(rng, N_CUSTOMERS)
    records, builder = build_orders(rng, customers, products, variants, N_ORDERS)
    tickets = TicketBuilder(rng, customers, records, products, builder, variants).build(N_TICKETS)
    tickets.sort(key=lambda t: (t["created_at"], t["customer_id"], t["intent"]))
    for index, ticket in enumerate(tickets, start=1):
        ticket["id"] = f"T{index:06d}"
    assign_splits(tickets)
    return DemoStore(
        seed=seed,
        customers=customers,
        products=products,
        variants=variants,
        orders=[r.order for r in records],
        order_items=[item for r in records for item in r.items],
        payments=sorted((p for r in records for p in r.payments), key=lambda p: p["id"]),
        shipments=[r.shipment for r in records if r.shipment is not None],
        order_history=[row for r in records for row in r.history],
        help_articles=[a.row() for a in build_articles()],
        tickets=tickets,
    )
