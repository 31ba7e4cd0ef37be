"""The OrderManagement adapter for a Shopify store, over the Admin GraphQL API.

Reads: customers by e-mail, orders by name (#1001) scoped to the customer, fulfillments with tracking.
Writes: orderCancel (refund to the original payment, restock), orderUpdate (shipping address), returnCreate,
refundCreate. Shopify does not know our idempotency keys, so the adapter checks before acting: a refund
whose note carries the key, or an order already cancelled, is returned as a replay instead of acting
again; the refund limit is enforced here too, since Shopify would accept any amount. Exchanges are not
offered through this adapter (Shopify's exchange flow needs a return with exchange line items and a
price reconciliation a person should review).

Ids: a customer id is the numeric tail of the Customer gid; an order is addressed by its name.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx

from tools.oms.errors import (
    ActionRefused,
    CustomerNotFound,
    OmsRequestRejected,
    OmsUnavailable,
    OrderNotFound,
    ProductNotFound,
)
from tools.oms.models import (
    ActionResult,
    Category,
    Customer,
    CustomerOverview,
    Order,
    OrderSummary,
    Product,
    Tracking,
)
from tools.oms.retry import RETRIABLE_STATUS, RetriableStatus, with_retries

API_VERSION = "2025-01"
_MONEY = "shopMoney { amount currencyCode }"
_ADDRESS = "address1 address2 city provinceCode zip countryCodeV2"
_ORDER_FIELDS = f"""
  id name email createdAt updatedAt cancelledAt currencyCode displayFinancialStatus displayFulfillmentStatus
  customer {{ id }}
  subtotalPriceSet {{ {_MONEY} }} totalShippingPriceSet {{ {_MONEY} }} totalDiscountsSet {{ {_MONEY} }}
  totalPriceSet {{ {_MONEY} }}
  shippingAddress {{ {_ADDRESS} }}
  lineItems(first: 50) {{ nodes {{ id title quantity variantTitle variant {{ id }} product {{ id }}
                                  originalUnitPriceSet {{ {_MONEY} }} }} }}
  transactions {{ id kind status gateway createdAt amountSet {{ {_MONEY} }} }}
  refunds {{ id note createdAt totalRefundedSet {{ {_MONEY} }} }}
  fulfillments {{ id displayStatus createdAt deliveredAt estimatedDeliveryAt
                 trackingInfo {{ company number url }}
                 fulfillmentLineItems(first: 50) {{ nodes {{ id lineItem {{ id }} }} }} }}
"""


def _op(name: str, query: str) -> tuple[str, str]:
    """(operation name, query) with the shared field lists filled in."""
    return name, query.replace("<<ADDRESS>>", _ADDRESS).replace("<<MONEY>>", _MONEY).replace("<<ORDER>>", _ORDER_FIELDS)


Q_CUSTOMER_BY_EMAIL = _op("CustomerByEmail", """query CustomerByEmail($query: String!) {
  customers(first: 1, query: $query) { nodes { id email firstName lastName phone defaultAddress { <<ADDRESS>> } } } }""")
Q_CUSTOMER = _op("Customer", """query Customer($id: ID!) {
  customer(id: $id) { id email firstName lastName phone defaultAddress { <<ADDRESS>> } } }""")
Q_ORDERS = _op("CustomerOrders", """query CustomerOrders($query: String!, $first: Int!) {
  orders(first: $first, query: $query, sortKey: CREATED_AT, reverse: true) { nodes { <<ORDER>> } } }""")
M_CANCEL = ("CancelOrder", """mutation CancelOrder($orderId: ID!, $staffNote: String) {
  orderCancel(orderId: $orderId, reason: CUSTOMER, refund: true, restock: true, notifyCustomer: true,
              staffNote: $staffNote) {
    job { id done } orderCancelUserErrors { field message code } } }""")
M_REFUND = _op("CreateRefund", """mutation CreateRefund($input: RefundInput!) {
  refundCreate(input: $input) { refund { id note totalRefundedSet { <<MONEY>> } } userErrors { field message } } }""")
M_ADDRESS = _op("UpdateAddress", """mutation UpdateAddress($input: OrderInput!) {
  orderUpdate(input: $input) { order { id shippingAddress { <<ADDRESS>> } } userErrors { field message } } }""")
M_RETURN = ("CreateReturn", """mutation CreateReturn($returnInput: ReturnInput!) {
  returnCreate(returnInput: $returnInput) { return { id name status } userErrors { field message code } } }""")


def _gid(kind: str, tail: str) -> str:
    return tail if tail.startswith("gid://") else f"gid://shopify/{kind}/{tail}"


def _tail(gid: str | None) -> str:
    return (gid or "").rsplit("/", 1)[-1]


def _money(node: dict | None) -> Decimal:
    return Decimal(str(((node or {}).get("shopMoney") or {}).get("amount") or "0")).quantize(Decimal("0.01"))


def _order_name(number: str) -> str:
    text = number.strip()
    if not text or len(text) > 32 or any(c in text for c in "\"\\:()"):
        raise OrderNotFound(number)
    return text if text.startswith("#") else f"#{text}"


def _status(node: dict) -> str:
    if node.get("cancelledAt"):
        return "cancelled"
    fulfilments = node.get("fulfillments") or []
    if fulfilments and all(f.get("deliveredAt") for f in fulfilments) and node.get("displayFulfillmentStatus") == "FULFILLED":
        return "delivered"
    if node.get("displayFulfillmentStatus") in {"FULFILLED", "PARTIALLY_FULFILLED"}:
        return "in_transit"
    return "processing" if node.get("displayFinancialStatus") in {"PAID", "PARTIALLY_PAID"} else "pending"


def _address(node: dict | None) -> dict[str, Any]:
    node = node or {}
    return {k: v for k, v in {"address1": node.get("address1"), "address2": node.get("address2"),
                              "city": node.get("city"), "state": node.get("provinceCode"), "zip": node.get("zip"),
                              "country": node.get("countryCodeV2")}.items() if v}


def to_order(node: dict) -> Order:
    """Shopify's Order object -> our Order (statuses, lines, payments and shipments in our vocabulary)."""
    status = _status(node)
    delivered_lines = status == "delivered"
    items = [{
        "line_no": i, "variant_id": _tail((line.get("variant") or {}).get("id")),
        "product_id": _tail((line.get("product") or {}).get("id")), "product_name": line["title"],
        "options": {"variant": line["variantTitle"]} if line.get("variantTitle") else {},
        "quantity": line["quantity"], "unit_price": _money(line.get("originalUnitPriceSet")),
        "status": "delivered" if delivered_lines else ("cancelled" if status == "cancelled" else "ordered"),
    } for i, line in enumerate((node.get("lineItems") or {}).get("nodes") or [], start=1)]
    payments = [{
        "id": _tail(t["id"]), "kind": "refund" if t["kind"] == "REFUND" else "payment", "method": t.get("gateway") or "",
        "amount": _money(t.get("amountSet")), "status": "succeeded" if t.get("status") == "SUCCESS" else t["status"].lower(),
        "created_at": t["createdAt"],
    } for t in node.get("transactions") or [] if t["kind"] in {"SALE", "CAPTURE", "REFUND"}]
    shipments = []
    for f in node.get("fulfillments") or []:
        info = (f.get("trackingInfo") or [{}])[0] if f.get("trackingInfo") else {}
        shipments.append({
            "id": _tail(f["id"]), "carrier": info.get("company") or "carrier", "tracking_number": info.get("number") or "",
            "tracking_url": info.get("url") or "", "status": "delivered" if f.get("deliveredAt") else "in_transit",
            "shipped_at": f.get("createdAt"), "delivered_at": f.get("deliveredAt"),
            "promised_date": (f.get("estimatedDeliveryAt") or "")[:10] or None,
        })
    return Order.model_validate({
        "id": node["name"], "customer_id": _tail((node.get("customer") or {}).get("id")), "status": status,
        "placed_at": node["createdAt"], "updated_at": node.get("updatedAt") or node["createdAt"],
        "currency": node.get("currencyCode") or "USD", "subtotal": _money(node.get("subtotalPriceSet")),
        "shipping_cost": _money(node.get("totalShippingPriceSet")), "discount": _money(node.get("totalDiscountsSet")),
        "total": _money(node.get("totalPriceSet")), "shipping_address": _address(node.get("shippingAddress")),
        "items": items, "payments": payments, "shipments": shipments,
    })


class ShopifyOrderManagement:
    """OrderManagement over a Shopify store's Admin GraphQL API (`shop` = my-store.myshopify.com or a URL)."""

    def __init__(self, shop: str, access_token: str, *, timeout_s: float = 5.0, api_version: str = API_VERSION,
                 refund_limit: Decimal = Decimal("50.00"), transport: httpx.AsyncBaseTransport | None = None):
        base = shop if shop.startswith("http") else f"https://{shop}"
        self._timeout_s = timeout_s
        self._refund_limit = refund_limit
        self._client = httpx.AsyncClient(
            base_url=base.rstrip("/"), timeout=httpx.Timeout(timeout_s), transport=transport,
            headers={"X-Shopify-Access-Token": access_token, "Content-Type": "application/json"},
        )
        self._path = f"/admin/api/{api_version}/graphql.json"

    async def __aenter__(self) -> ShopifyOrderManagement:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    # --- transport ---------------------------------------------------------------------------------
    async def _graphql(self, operation: tuple[str, str], variables: dict[str, Any], *, repeatable: bool = True) -> dict:
        name, query = operation
        body = {"operationName": name, "query": query, "variables": variables}

        async def once() -> httpx.Response:
            async with asyncio.timeout(self._timeout_s):
                response = await self._client.post(self._path, json=body)
            if response.status_code in RETRIABLE_STATUS or response.status_code == 429:
                raise RetriableStatus(response)
            return response

        try:
            response = await with_retries(once, repeatable=repeatable)
        except RetriableStatus as exc:
            raise OmsUnavailable(f"Shopify answered HTTP {exc.response.status_code}; retry later.") from exc
        except (TimeoutError, httpx.HTTPError) as exc:
            raise OmsUnavailable(f"Cannot reach Shopify ({exc!r}).") from exc
        if response.status_code in (401, 403):
            raise OmsRequestRejected(f"Shopify refused the access token (HTTP {response.status_code}).")
        try:
            payload = response.json()
        except ValueError as exc:
            raise OmsUnavailable("Shopify sent a non-JSON answer.") from exc
        if not isinstance(payload, dict) or payload.get("errors") or not isinstance(payload.get("data"), dict):
            messages = "; ".join(str(e.get("message")) for e in (payload or {}).get("errors") or [] if isinstance(e, dict))
            if any((e.get("extensions") or {}).get("code") == "THROTTLED" for e in (payload or {}).get("errors") or []):
                raise OmsUnavailable("Shopify throttled the request; retry later.")
            raise OmsRequestRejected(f"Shopify rejected {name}: {messages or 'no data'}")
        return payload["data"]

    # --- reads -------------------------------------------------------------------------------------
    @staticmethod
    def _customer(node: dict) -> Customer:
        return Customer(id=_tail(node["id"]), email=node.get("email") or "", first_name=node.get("firstName") or "",
                        last_name=node.get("lastName") or "", phone=node.get("phone"),
                        address=_address(node.get("defaultAddress")))

    async def find_customer_by_email(self, email: str) -> Customer | None:
        quoted = email.strip().replace('"', "")
        data = await self._graphql(Q_CUSTOMER_BY_EMAIL, {"query": f'email:"{quoted}"'})
        nodes = (data.get("customers") or {}).get("nodes") or []
        matches = [n for n in nodes if (n.get("email") or "").lower() == quoted.lower()]
        return self._customer(matches[0]) if matches else None

    async def get_customer(self, customer_id: str) -> Customer:
        node = (await self._graphql(Q_CUSTOMER, {"id": _gid("Customer", customer_id)})).get("customer")
        if not node:
            raise CustomerNotFound(customer_id)
        return self._customer(node)

    async def _orders(self, customer_id: str, first: int, name: str | None = None) -> list[dict]:
        query = f"customer_id:{_tail(customer_id)}" + (f' name:"{name}"' if name else "")
        nodes = ((await self._graphql(Q_ORDERS, {"query": query, "first": first})).get("orders") or {}).get("nodes") or []
        # Scope again on our side: an order is only ever the verified customer's.
        return [n for n in nodes if _tail((n.get("customer") or {}).get("id")) == _tail(customer_id)
                and (name is None or n.get("name") == name)]

    async def _order_node(self, customer_id: str, order_number: str) -> dict:
        nodes = await self._orders(customer_id, 1, _order_name(order_number))
        if not nodes:
            raise OrderNotFound(order_number)
        return nodes[0]

    async def list_orders(self, customer_id: str, limit: int = 20, offset: int = 0) -> list[OrderSummary]:
        orders = [to_order(n) for n in await self._orders(customer_id, min(250, limit + offset))][offset:offset + limit]
        return [OrderSummary(id=o.id, status=o.status, placed_at=o.placed_at, currency=o.currency, total=o.total,
                             item_count=o.item_count) for o in orders]

    async def get_overview(self, customer_id: str, orders: int = 5) -> CustomerOverview:
        customer = await self.get_customer(customer_id)
        newest = [to_order(n) for n in await self._orders(customer_id, max(1, orders))]
        return CustomerOverview(customer=customer, total_count=len(newest), orders=newest)

    async def get_order(self, customer_id: str, order_number: str) -> Order:
        return to_order(await self._order_node(customer_id, order_number))

    async def get_tracking(self, customer_id: str, order_number: str) -> Tracking:
        order = await self.get_order(customer_id, order_number)
        return Tracking(order_id=order.id, order_status=order.status, shipments=order.shipments)

    async def get_product(self, product_id: str) -> Product:
        raise ProductNotFound(product_id)  # catalogue reads are not needed by the actions this adapter offers

    async def search_products(self, query: str, limit: int = 10) -> list[Product]:
        return []

    async def categories(self) -> list[Category]:
        return []  # catalogue reads are not needed by the actions this adapter offers (as search_products)

    async def verify_customer(self, email: str, order_number: str) -> str | None:
        customer = await self.find_customer_by_email(email)
        if customer is None:
            return None
        try:
            await self._order_node(customer.id, order_number)
        except OrderNotFound:
            return None
        return customer.id

    # --- writes ------------------------------------------------------------------------------------
    def _result(self, action: str, node: dict, key: str, replayed: bool, status: str | None = None, **extra) -> ActionResult:
        return ActionResult(action=action, order_id=node["name"], order_status=status or _status(node),
                            idempotency_key=key, replayed=replayed, created_at=datetime.now(UTC), **extra)

    @staticmethod
    def _refused(errors: list[dict]) -> None:
        if errors:
            first = errors[0]
            raise ActionRefused(str(first.get("code") or "shopify_user_error").lower(), first.get("message") or "Refused.")

    async def cancel_order(self, customer_id: str, order_number: str, *, reason: str, key: str) -> ActionResult:
        node = await self._order_node(customer_id, order_number)
        if node.get("cancelledAt"):
            return self._result("cancel", node, key, replayed=True, status="cancelled", reason=reason)
        if _status(node) not in {"pending", "processing"}:
            raise ActionRefused("not_cancellable", f"Order {node['name']} has already been fulfilled.")
        data = await self._graphql(M_CANCEL, {"orderId": node["id"], "staffNote": f"{reason[:200]} [key:{key}]"},
                                   repeatable=False)
        self._refused((data.get("orderCancel") or {}).get("orderCancelUserErrors") or [])
        paid = sum((_money(t.get("amountSet")) for t in node.get("transactions") or []
                    if t["kind"] in {"SALE", "CAPTURE"} and t.get("status") == "SUCCESS"), Decimal("0.00"))
        gateway = next((t.get("gateway") for t in node.get("transactions") or [] if t["kind"] in {"SALE", "CAPTURE"}), "")
        refunds = [{"payment_id": _tail(node["id"]), "method": gateway, "amount": paid}] if paid else []
        return self._result("cancel", node, key, replayed=False, status="cancelled", reason=reason, refunds=refunds)

    async def change_address(self, customer_id: str, order_number: str, *, address: dict, key: str) -> ActionResult:
        node = await self._order_node(customer_id, order_number)
        if node.get("fulfillments") or node.get("cancelledAt"):
            raise ActionRefused("already_shipped", f"Order {node['name']} has shipped; its address can't change.")
        wanted = {"address1": address["address1"], "address2": address.get("address2"), "city": address["city"],
                  "provinceCode": address.get("state"), "zip": address["zip"], "countryCode": address["country"].upper()}
        if _address(node.get("shippingAddress")) == _address({**wanted, "countryCodeV2": wanted["countryCode"]}):
            return self._result("change_address", node, key, replayed=True, address=_address(node["shippingAddress"]))
        data = await self._graphql(M_ADDRESS, {"input": {"id": node["id"], "shippingAddress": {k: v for k, v in wanted.items() if v}}})
        payload = data.get("orderUpdate") or {}
        self._refused(payload.get("userErrors") or [])
        saved = _address((payload.get("order") or {}).get("shippingAddress"))
        return self._result("change_address", node, key, replayed=False, address=saved)

    async def start_return(self, customer_id: str, order_number: str, *, line_nos: list[int], reason: str,
                           key: str) -> ActionResult:
        node = await self._order_node(customer_id, order_number)
        if _status(node) != "delivered":
            raise ActionRefused("not_delivered", f"Order {node['name']} has not been delivered.")
        lines = (node.get("lineItems") or {}).get("nodes") or []
        by_line = {f_line["lineItem"]["id"]: f_line["id"] for f in node.get("fulfillments") or []
                   for f_line in (f.get("fulfillmentLineItems") or {}).get("nodes") or []}
        chosen = [lines[n - 1] for n in line_nos if 0 < n <= len(lines)]
        if len(chosen) != len(line_nos) or any(line["id"] not in by_line for line in chosen):
            raise OmsRequestRejected("Some of those lines were not fulfilled on this order.")
        items = [{"fulfillmentLineItemId": by_line[line["id"]], "quantity": line["quantity"], "returnReason": "OTHER",
                  "customerNote": reason[:300]} for line in chosen]
        data = await self._graphql(M_RETURN, {"returnInput": {"orderId": node["id"], "returnLineItems": items}},
                                   repeatable=False)
        payload = data.get("returnCreate") or {}
        self._refused(payload.get("userErrors") or [])
        created = payload.get("return") or {}
        amount = sum((_money(line.get("originalUnitPriceSet")) * line["quantity"] for line in chosen), Decimal("0.00"))
        gateway = next((t.get("gateway") for t in node.get("transactions") or [] if t["kind"] in {"SALE", "CAPTURE"}), "")
        info = {"return_id": created.get("name") or _tail(created.get("id")), "line_nos": line_nos,
                "label_url": str(self._client.base_url) + "/account/orders",
                "instructions": "Shopify e-mails the return instructions and label once the return is approved.",
                "refund_method": gateway, "refund_amount": amount, "return_by": date.today() + timedelta(days=14)}
        return self._result("return", node, key, replayed=False, reason=reason, return_info=info)

    async def exchange_item(self, customer_id: str, order_number: str, *, line_no: int, new_variant_id: str,
                            key: str) -> ActionResult:
        raise ActionRefused("not_supported", "Exchanges on this store are handled by our team.")

    async def refund(self, customer_id: str, order_number: str, *, amount: Decimal, reason: str, key: str) -> ActionResult:
        node = await self._order_node(customer_id, order_number)
        marker = f"[key:{key}]"
        done = next((r for r in node.get("refunds") or [] if marker in (r.get("note") or "")), None)
        sale = next((t for t in node.get("transactions") or [] if t["kind"] in {"SALE", "CAPTURE"}
                     and t.get("status") == "SUCCESS"), None)
        if done is not None:
            lines = [{"payment_id": _tail(done["id"]), "method": (sale or {}).get("gateway") or "",
                      "amount": _money(done.get("totalRefundedSet"))}]
            return self._result("refund", node, key, replayed=True, reason=reason, refunds=lines)
        if amount > self._refund_limit:
            raise ActionRefused("over_refund_limit", f"Refunds over ${self._refund_limit} need a person's approval.")
        order = to_order(node)
        if sale is None or amount > order.refundable_amount:
            raise ActionRefused("amount_exceeds_refundable", f"At most ${order.refundable_amount} can be refunded.")
        refund_input = {"orderId": node["id"], "note": f"{reason[:200]} {marker}", "notify": True,
                        "transactions": [{"orderId": node["id"], "parentId": sale["id"], "gateway": sale.get("gateway"),
                                          "kind": "REFUND", "amount": str(amount)}]}
        data = await self._graphql(M_REFUND, {"input": refund_input}, repeatable=False)
        payload = data.get("refundCreate") or {}
        self._refused(payload.get("userErrors") or [])
        created = payload.get("refund") or {}
        lines = [{"payment_id": _tail(created.get("id")), "method": sale.get("gateway") or "",
                  "amount": _money(created.get("totalRefundedSet"))}]
        return self._result("refund", node, key, replayed=False, reason=reason, refunds=lines)
