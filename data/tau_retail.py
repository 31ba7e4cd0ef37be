"""Import the public tau-bench retail store (users.json, orders.json, products.json, policy.md) into the OMS tables.

tau-retail is a store nobody on this project wrote; importing it through our own schema proves the agent is
not built around the demo brand. Meant for its own database (DB_NAME=tau) but works on any migrated one.

The files have no dates, carriers or shipment states, so those are synthesised *deterministically* from the
ids (sha256), anchored at a fixed date: importing twice, anywhere, gives identical rows. The import is one
transaction, recorded in `seed_runs` as 'tau-retail' with a fingerprint of the files; a second run with the
same files is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from psycopg.types.json import Jsonb

from data.generator.carriers import TRACKING_URLS

SEED_NAME = "tau-retail"
IMPORTER_VERSION = 1
FILES = ("users.json", "orders.json", "products.json", "policy.md")
POLICY_ARTICLE_ID = "tau-retail-policy"

# tau's policy says its times are EST; the dates themselves are ours, counted back from this anchor.
ANCHOR = datetime(2024, 6, 1, 12, 0, tzinfo=ZoneInfo("America/New_York"))

ORDER_STATUS = {
    "pending": "pending",
    "processed": "processing",
    "delivered": "delivered",
    "cancelled": "cancelled",
    "return requested": "return requested",
    "exchange requested": "exchange requested",
    "pending (item modified)": "pending (item modified)",
    "pending (items modified)": "pending (items modified)",
}
LINE_STATUS = {"pending": "ordered", "processing": "shipped", "cancelled": "cancelled"}  # else 'delivered'
SHIPMENT_STATUS = {"processing": "in_transit", "cancelled": "label_created", "pending": "label_created"}
# Days before the anchor an order of each status was placed (min, max): recent ones are still open.
AGE_DAYS = {"pending": (0, 3), "processing": (2, 6), "delivered": (8, 90), "cancelled": (3, 90)}
CARRIERS = {name: TRACKING_URLS[name] for name in ("FedEx", "UPS", "USPS")}  # tau-retail is US-only


class TauRetailError(ValueError):
    """The dataset is missing, malformed, or clashes with rows already in the database."""


@dataclass(frozen=True)
class ImportCounts:
    customers: int
    products: int
    variants: int
    orders: int
    order_items: int
    payments: int
    shipments: int
    help_articles: int
    skipped: bool = False  # True: this dataset was already imported, nothing was written

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if k != "skipped"}


def _h(*parts: str) -> int:
    """A stable pseudo-random integer from text (Python's hash() is salted per process)."""
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


def _money(value: float | int | str) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def check_dataset(path: Path | str) -> None:
    """Raise TauRetailError naming the missing files unless path holds the four tau-retail files."""
    missing = [name for name in FILES if not (Path(path) / name).is_file()]
    if missing:
        raise TauRetailError(f"{path} is not a tau-retail dataset: missing {', '.join(missing)}.")


def _load(path: Path) -> tuple[dict, dict, dict, str, str]:
    """Read the four files; returns users, orders, products, policy text and a fingerprint of them all."""
    check_dataset(path)
    digest = hashlib.sha256(f"importer-v{IMPORTER_VERSION}".encode())
    for name in FILES:
        digest.update((path / name).read_bytes())
    try:
        users, orders, products = (json.loads((path / n).read_text()) for n in FILES[:3])
    except json.JSONDecodeError as exc:
        raise TauRetailError(f"{path}: invalid JSON ({exc}).") from exc
    return users, orders, products, (path / "policy.md").read_text(), digest.hexdigest()


def _placed_at(order_id: str, status: str) -> datetime:
    low, high = AGE_DAYS.get(status, (10, 60))
    days = low + _h(order_id, "days") % (high - low + 1)
    minutes = _h(order_id, "minutes") % (12 * 60)
    return ANCHOR - timedelta(days=days, minutes=minutes)


def _customer_rows(users: dict) -> list[tuple]:
    return [
        (
            user_id,
            user["email"],
            user["name"]["first_name"],
            user["name"]["last_name"],
            Jsonb(user.get("address") or {}),
            "US",
            ANCHOR - timedelta(days=365 + _h(user_id) % 365),
        )
        for user_id, user in users.items()
    ]


def _product_rows(products: dict) -> tuple[list[tuple], list[tuple]]:
    product_rows, variant_rows = [], []
    for product_id, product in products.items():
        name = product["name"]
        product_rows.append((product_id, name, _slug(name), name.lower(), Jsonb({"source": SEED_NAME})))
        for item_id, variant in product["variants"].items():
            variant_rows.append(
                (
                    item_id,
                    product_id,
                    Jsonb(variant.get("options") or {}),
                    _money(variant["price"]),
                    variant["available"],
                )
            )
    return product_rows, variant_rows


@dataclass
class _OrderRows:
    orders: list[tuple]
    items: list[tuple]
    payments: list[tuple]
    shipments: list[tuple]


def _order_rows(orders: dict, users: dict) -> _OrderRows:
    rows = _OrderRows([], [], [], [])
    for order_id, order in orders.items():
        if order.get("user_id") not in users:
            raise TauRetailError(f"Order {order_id} belongs to unknown user {order.get('user_id')!r}.")
        tau_status = order["status"]
        if tau_status not in ORDER_STATUS:
            raise TauRetailError(
                f"Order {order_id} has unknown status {tau_status!r}; add it to ORDER_STATUS."
            )
        status = ORDER_STATUS[tau_status]
        placed = _placed_at(order_id, status)
        line_status = LINE_STATUS.get(status, "delivered")
        lines: dict[str, list[int]] = {}
        subtotal = Decimal("0.00")
        updated = placed  # the last thing that happened to the order
        for line_no, item in enumerate(order["items"], start=1):
            price = _money(item["price"])
            subtotal += price
            lines.setdefault(item["item_id"], []).append(line_no)
            rows.items.append(
                (order_id, line_no, item["item_id"], item["product_id"], item["name"],
                 Jsonb(item.get("options") or {}), 1, price, line_status)
            )  # fmt: skip
        for n, txn in enumerate(order.get("payment_history", []), start=1):
            kind = txn["transaction_type"]
            if kind not in ("payment", "refund"):
                raise TauRetailError(
                    f"Order {order_id} has a {kind!r} transaction; expected payment or refund."
                )
            at = placed if kind == "payment" else placed + timedelta(days=1, hours=n)
            updated = max(updated, at)
            rows.payments.append(
                (f"{order_id}-P{n}", order_id, kind, txn["payment_method_id"], _money(txn["amount"]), at)
            )
        for n, (tracking_id, line_nos) in enumerate(_parcels(order, lines), start=1):
            shipment = _shipment(status, placed, tracking_id, line_nos, order.get("address") or {})
            rows.shipments.append((f"{order_id}-S{n}", order_id, *shipment))
            shipped_at, delivered_at = shipment[4], shipment[6]
            updated = max(updated, shipped_at or updated, delivered_at or updated)
        rows.orders.append(
            (
                order_id,
                order["user_id"],
                status,
                placed,
                subtotal,
                subtotal,
                Jsonb(order.get("address") or {}),
                updated,
            )
        )
    return rows


def _parcels(order: dict, lines: dict[str, list[int]]) -> list[tuple[str, list[int]]]:
    """(tracking id, line numbers) per parcel; tau lists tracking ids and item ids per fulfillment."""
    parcels = []
    for fulfillment in order.get("fulfillments", []):
        line_nos = sorted({n for item_id in fulfillment.get("item_ids", []) for n in lines.get(item_id, [])})
        parcels += [(str(tracking_id), line_nos) for tracking_id in fulfillment.get("tracking_id", [])]
    return parcels


def _shipment(status: str, placed: datetime, tracking_id: str, line_nos: list[int], address: dict) -> tuple:
    """carrier, tracking number, url, status, shipped_at, promised_date, delivered_at, events, line_nos."""
    carrier = sorted(CARRIERS)[_h(tracking_id) % len(CARRIERS)]
    shipment_status = SHIPMENT_STATUS.get(status, "delivered")
    destination = ", ".join(p for p in (address.get("city"), address.get("state")) if p) or None
    label_at = placed + timedelta(hours=6)
    events = [_event(label_at, "label_created", "Fulfillment center", "Shipping label created")]
    shipped_at = delivered_at = None
    if shipment_status == "label_created" and status == "cancelled":
        events.append(
            _event(label_at + timedelta(hours=2), "cancelled", None, "Label voided: order cancelled")
        )
    if shipment_status in ("in_transit", "delivered"):
        shipped_at = placed + timedelta(days=1)
        events.append(_event(shipped_at, "in_transit", "Fulfillment center", "Departed facility"))
    if shipment_status == "delivered":
        delivered_at = shipped_at + timedelta(days=3 + _h(tracking_id, "transit") % 3)
        events.append(_event(delivered_at, "delivered", destination, "Delivered"))
    promised = (placed + timedelta(days=7)).date()
    return (
        carrier, tracking_id, CARRIERS[carrier].format(n=tracking_id), shipment_status,
        shipped_at, promised, delivered_at, Jsonb(events), line_nos or None,
    )  # fmt: skip


def _event(at: datetime, status: str, location: str | None, description: str) -> dict[str, Any]:
    return {"at": at.isoformat(), "status": status, "location": location, "description": description}


def _policy_row(policy: str) -> tuple:
    first = policy.strip().splitlines()[0] if policy.strip() else ""
    title = first.lstrip("# ").strip() or "Retail agent policy"
    digest = hashlib.sha256(policy.encode()).hexdigest()
    return (POLICY_ARTICLE_ID, title, "orders", policy, None, SEED_NAME, digest)


_UPSERTS = {
    "customers": """INSERT INTO customers (id, email, first_name, last_name, address, region, created_at)
        VALUES (%s, %s, %s, %s, %s, %s, %s)
        ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email, first_name = EXCLUDED.first_name,
            last_name = EXCLUDED.last_name, address = EXCLUDED.address, region = EXCLUDED.region""",
    "products": """INSERT INTO products (id, name, product_line, category, attributes) VALUES (%s, %s, %s, %s, %s)
        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, product_line = EXCLUDED.product_line,
            category = EXCLUDED.category, attributes = EXCLUDED.attributes""",
    "variants": """INSERT INTO variants (id, product_id, options, price, available) VALUES (%s, %s, %s, %s, %s)
        ON CONFLICT (id) DO UPDATE SET product_id = EXCLUDED.product_id, options = EXCLUDED.options,
            price = EXCLUDED.price, available = EXCLUDED.available""",
    "orders": """INSERT INTO orders (id, customer_id, status, placed_at, subtotal, total, shipping_address, updated_at,
            shipping_method)
        VALUES (%s, %s, %s, %s, %s, %s, %s, %s, 'standard')
        ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, status = EXCLUDED.status,
            placed_at = EXCLUDED.placed_at, subtotal = EXCLUDED.subtotal, total = EXCLUDED.total,
            shipping_address = EXCLUDED.shipping_address, updated_at = EXCLUDED.updated_at""",
    "order_items": """INSERT INTO order_items (order_id, line_no, variant_id, product_id, product_name, options,
            quantity, unit_price, status) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)""",
    "payments": """INSERT INTO payments (id, order_id, kind, method, amount, created_at)
        VALUES (%s, %s, %s, %s, %s, %s)""",
    "shipments": """INSERT INTO shipments (id, order_id, carrier, tracking_number, tracking_url, status, shipped_at,
            promised_date, delivered_at, events, line_nos) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
    "help_articles": """INSERT INTO help_articles (id, title, category, body, url, source, content_hash)
        VALUES (%s, %s, %s, %s, %s, %s, %s)
        ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, category = EXCLUDED.category, body = EXCLUDED.body,
            source = EXCLUDED.source, content_hash = EXCLUDED.content_hash, updated_at = now()""",
}


def import_tau_retail(conn: psycopg.Connection, path: Path | str) -> ImportCounts:
    """Import the dataset at path in one transaction; a no-op (skipped=True) if these files are already in."""
    path = Path(path).expanduser().resolve()
    users, orders, products, policy, fingerprint = _load(path)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('seed:' || %s))", (SEED_NAME,))
        done = conn.execute(
            "SELECT counts FROM seed_runs WHERE name = %s AND fingerprint = %s", (SEED_NAME, fingerprint)
        ).fetchone()
        if done:
            return ImportCounts(**done[0], skipped=True)
        product_rows, variant_rows = _product_rows(products)
        order_rows = _order_rows(orders, users)
        tables: dict[str, list[tuple]] = {
            "customers": _customer_rows(users),
            "products": product_rows,
            "variants": variant_rows,
            "orders": order_rows.orders,
            "order_items": order_rows.items,
            "payments": order_rows.payments,
            "shipments": order_rows.shipments,
            "help_articles": [_policy_row(policy)],
        }
        order_ids = list(orders)
        with conn.cursor() as cur:
            try:
                for table in ("customers", "products", "variants", "orders"):
                    cur.executemany(_UPSERTS[table], tables[table])
                # Children are replaced wholesale, so a changed dataset never leaves stale lines behind.
                for table in ("order_items", "payments", "shipments"):
                    cur.execute(f"DELETE FROM {table} WHERE order_id = ANY(%s)", (order_ids,))
                    cur.executemany(_UPSERTS[table], tables[table])
                cur.executemany(_UPSERTS["help_articles"], tables["help_articles"])
            except psycopg.errors.UniqueViolation as exc:
                raise TauRetailError(
                    f"tau-retail clashes with rows already in this database ({exc.diag.message_primary}); "
                    "import it into its own database, e.g. DB_NAME=tau."
                ) from exc
        counts = ImportCounts(**{table: len(rows) for table, rows in tables.items()})
        conn.execute(
            """INSERT INTO seed_runs (name, fingerprint, counts) VALUES (%s, %s, %s)
               ON CONFLICT (name) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, counts = EXCLUDED.counts,
                   finished_at = now()""",
            (SEED_NAME, fingerprint, Jsonb(counts.as_dict())),
        )
    return counts
