"""TEST DOUBLE of Shopify's Admin GraphQL API (a third-party service the tests cannot reach).

It serves POST /admin/api/<version>/graphql.json over real HTTP and answers the operations the adapter
(tools/oms/shopify.py) sends, dispatched on `operationName`, in the shapes Shopify documents: `data` /
`errors`, gid ids, MoneyBag `shopMoney { amount currencyCode }`, connections with `nodes`, `userErrors`
and `orderCancelUserErrors`, 401 for a wrong access token. It is not a GraphQL engine: it keeps an
in-memory store and records every mutation it performed, so tests can count real effects.
"""

from __future__ import annotations

import copy
import re
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

TOKEN = "shpat_test_double_token"


def money(amount: str) -> dict:
    return {"shopMoney": {"amount": amount, "currencyCode": "USD"}}


def _order(number: int, customer: int, *, fulfilled: bool, delivered: bool, price: str = "49.99") -> dict:
    gid = f"gid://shopify/Order/{number}"
    order = {
        "id": gid, "name": f"#{number}", "email": f"c{customer}@example.test", "createdAt": "2025-09-20T10:00:00Z",
        "updatedAt": "2025-09-21T10:00:00Z", "cancelledAt": None, "currencyCode": "USD",
        "displayFinancialStatus": "PAID", "displayFulfillmentStatus": "FULFILLED" if fulfilled else "UNFULFILLED",
        "customer": {"id": f"gid://shopify/Customer/{customer}"},
        "subtotalPriceSet": money(price), "totalShippingPriceSet": money("0.00"), "totalDiscountsSet": money("0.00"),
        "totalPriceSet": money(price),
        "shippingAddress": {"address1": "1 Main St", "address2": None, "city": "Boston", "provinceCode": "MA",
                            "zip": "02110", "countryCodeV2": "US"},
        "lineItems": {"nodes": [{"id": f"gid://shopify/LineItem/{number}1", "title": "Harbor Pocket Tee", "quantity": 1,
                                 "variantTitle": "M / Navy", "variant": {"id": "gid://shopify/ProductVariant/501"},
                                 "product": {"id": "gid://shopify/Product/50"}, "originalUnitPriceSet": money(price)}]},
        "transactions": [{"id": f"gid://shopify/OrderTransaction/{number}9", "kind": "SALE", "status": "SUCCESS",
                          "gateway": "shopify_payments", "createdAt": "2025-09-20T10:00:00Z", "amountSet": money(price)}],
        "refunds": [],
        "fulfillments": [],
    }
    if fulfilled:
        order["fulfillments"] = [{
            "id": f"gid://shopify/Fulfillment/{number}7", "displayStatus": "DELIVERED" if delivered else "IN_TRANSIT",
            "createdAt": "2025-09-21T10:00:00Z", "deliveredAt": "2025-09-24T15:00:00Z" if delivered else None,
            "estimatedDeliveryAt": "2025-09-25T00:00:00Z",
            "trackingInfo": [{"company": "UPS", "number": f"1Z999AA1{number}", "url": f"https://www.ups.com/track?tracknum=1Z999AA1{number}"}],
            "fulfillmentLineItems": {"nodes": [{"id": f"gid://shopify/FulfillmentLineItem/{number}3",
                                                "lineItem": {"id": f"gid://shopify/LineItem/{number}1"}}]},
        }]
    return order


class ShopifyAdminDouble:
    """The store: customer 7001 (two orders), customer 7002 (one); `mutations` lists what was done."""

    def __init__(self) -> None:
        self.customers = {
            7001: {"id": "gid://shopify/Customer/7001", "email": "avery@example.test", "firstName": "Avery",
                   "lastName": "Tester", "phone": None, "defaultAddress": None},
            7002: {"id": "gid://shopify/Customer/7002", "email": "blake@example.test", "firstName": "Blake",
                   "lastName": "Other", "phone": None, "defaultAddress": None},
        }
        self.orders = {1001: _order(1001, 7001, fulfilled=False, delivered=False),
                       1002: _order(1002, 7001, fulfilled=True, delivered=True),
                       1003: _order(1003, 7002, fulfilled=False, delivered=False)}
        self.mutations: list[tuple[str, str]] = []
        self.app = Starlette(routes=[Route("/admin/api/{version}/graphql.json", self.graphql, methods=["POST"])])

    async def graphql(self, request: Request) -> JSONResponse:
        if request.headers.get("X-Shopify-Access-Token") != TOKEN:
            return JSONResponse({"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"},
                                status_code=401)
        body = await request.json()
        handler = getattr(self, f"op_{body.get('operationName')}", None)
        if handler is None:
            return JSONResponse({"errors": [{"message": f"Unknown operation {body.get('operationName')}"}]})
        return JSONResponse({"data": handler(body.get("variables") or {}),
                             "extensions": {"cost": {"requestedQueryCost": 10, "actualQueryCost": 5}}})

    def _by_gid(self, gid: str) -> dict | None:
        return self.orders.get(int(gid.rsplit("/", 1)[-1]))

    # --- queries -------------------------------------------------------------------------------------
    def op_CustomerByEmail(self, v: dict) -> dict:
        email = re.search(r'email:"?([^"\s]+)"?', v["query"]).group(1).lower()
        return {"customers": {"nodes": [c for c in self.customers.values() if c["email"] == email]}}

    def op_Customer(self, v: dict) -> dict:
        return {"customer": self.customers.get(int(v["id"].rsplit("/", 1)[-1]))}

    def op_CustomerOrders(self, v: dict) -> dict:
        customer = re.search(r"customer_id:(\d+)", v["query"])
        name = re.search(r'name:"?(#?\d+)"?', v["query"])
        found = [o for o in self.orders.values()
                 if (not customer or o["customer"]["id"].endswith(f"/{customer.group(1)}"))
                 and (not name or o["name"] == name.group(1))]
        return {"orders": {"nodes": copy.deepcopy(found[: v.get("first", 50)])}}

    # --- mutations -----------------------------------------------------------------------------------
    def op_CancelOrder(self, v: dict) -> dict:
        order = self._by_gid(v["orderId"])
        if order["cancelledAt"]:
            return {"orderCancel": {"job": None, "orderCancelUserErrors": [
                {"field": ["orderId"], "message": "Order has already been cancelled.", "code": "INVALID"}]}}
        order["cancelledAt"] = "2025-09-30T12:00:00Z"
        sale = order["transactions"][0]
        order["transactions"].append({**sale, "id": f"{sale['id']}1", "kind": "REFUND"})
        self.mutations.append(("orderCancel", order["name"]))
        return {"orderCancel": {"job": {"id": "gid://shopify/Job/1", "done": False}, "orderCancelUserErrors": []}}

    def op_CreateRefund(self, v: dict) -> dict:
        data = v["input"]
        order = self._by_gid(data["orderId"])
        amount = sum(Decimal(t["amount"]) for t in data["transactions"])
        paid = sum(Decimal(t["amountSet"]["shopMoney"]["amount"]) for t in order["transactions"] if t["kind"] == "SALE")
        refunded = sum(Decimal(t["amountSet"]["shopMoney"]["amount"]) for t in order["transactions"] if t["kind"] == "REFUND")
        if amount > paid - refunded:
            return {"refundCreate": {"refund": None, "userErrors": [
                {"field": ["transactions", "0", "amount"], "message": "Refund amount exceeds the refundable amount."}]}}
        refund = {"id": f"gid://shopify/Refund/{len(self.mutations) + 1}", "note": data.get("note"),
                  "createdAt": "2025-09-30T12:00:00Z", "totalRefundedSet": money(f"{amount:.2f}")}
        order["refunds"].append(refund)
        order["transactions"].append({"id": f"{refund['id']}9", "kind": "REFUND", "status": "SUCCESS",
                                      "gateway": "shopify_payments", "createdAt": refund["createdAt"],
                                      "amountSet": money(f"{amount:.2f}")})
        self.mutations.append(("refundCreate", order["name"]))
        return {"refundCreate": {"refund": refund, "userErrors": []}}

    def op_UpdateAddress(self, v: dict) -> dict:
        order = self._by_gid(v["input"]["id"])
        address = v["input"]["shippingAddress"]
        order["shippingAddress"] = {"address1": address["address1"], "address2": address.get("address2"),
                                    "city": address["city"], "provinceCode": address.get("provinceCode"),
                                    "zip": address["zip"], "countryCodeV2": address["countryCode"]}
        self.mutations.append(("orderUpdate", order["name"]))
        return {"orderUpdate": {"order": {"id": order["id"], "shippingAddress": order["shippingAddress"]}, "userErrors": []}}

    def op_CreateReturn(self, v: dict) -> dict:
        order = self._by_gid(v["returnInput"]["orderId"])
        self.mutations.append(("returnCreate", order["name"]))
        return {"returnCreate": {"return": {"id": "gid://shopify/Return/1", "name": f"{order['name']}-R1",
                                            "status": "REQUESTED"}, "userErrors": []}}

    def state(self) -> dict[str, Any]:
        return {"orders": self.orders, "mutations": self.mutations}
