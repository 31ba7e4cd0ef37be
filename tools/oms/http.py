"""The OrderManagement adapter for an OMS that speaks the demo OMS's HTTP API (oms/app.py).

Every call has a hard deadline per attempt (timeout_s, connection included) and maps failures to typed
errors: 404 -> *NotFound, 409/403 -> ActionRefused, 422 -> InvalidOrderNumber / OmsRequestRejected,
5xx / timeout / refused / malformed body -> OmsUnavailable. Reads, and writes (which always carry an
idempotency key), are retried with backoff on transient failures (tools/oms/retry.py).
"""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ValidationError

from core.service_key import SERVICE_KEY_HEADER, oms_service_key
from tools.oms.errors import (
    ActionRefused,
    CustomerNotFound,
    InvalidOrderNumber,
    OmsError,
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
from tools.oms.retry import RETRIABLE_STATUS, MalformedBody, RetriableStatus, with_retries

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

_MAX_ORDER_NUMBER = 64


def _segment(value: str) -> str:
    """One URL path segment: '#', '/', '?' and friends are percent-encoded."""
    return quote(value, safe="")


def _guard_order_number(order_number: str) -> str:
    """Reject text that could not be sent as a path segment; the OMS judges the rest."""
    text = order_number.strip()
    if not text or len(text) > _MAX_ORDER_NUMBER or any(c in text for c in "/\\?") or not text.isprintable():
        raise InvalidOrderNumber(
            order_number, f"{order_number[:_MAX_ORDER_NUMBER]!r} is not an order number."
        )
    return text


class HttpOrderManagement:
    """OrderManagement over HTTP. Use as `async with HttpOrderManagement(url, 5.0) as oms:` or call aclose()."""

    def __init__(
        self, base_url: str, timeout_s: float = 5.0, *, transport: httpx.AsyncBaseTransport | None = None,
        service_key: str | None = None,
    ):
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        self._timeout_s = timeout_s
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            timeout=httpx.Timeout(timeout_s),
            # The OMS refuses calls without its key; default: this install's key (core.service_key).
            headers={"Accept": "application/json", SERVICE_KEY_HEADER: service_key or oms_service_key()},
            # One client serves a whole process (tools.oms.oms_client): keep connections open between
            # turns, but drop idle ones before the server's keep-alive (uvicorn: 5 s) would.
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=4.0),
            transport=transport,
        )

    async def __aenter__(self) -> HttpOrderManagement:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    # --- OrderManagement ------------------------------------------------------------------------
    async def find_customer_by_email(self, email: str) -> Customer | None:
        data = await self._get("/customers", params={"email": email.strip()})
        customers = [self._parse(Customer, c) for c in self._items(data, "customers")]
        return customers[0] if customers else None

    async def get_customer(self, customer_id: str) -> Customer:
        data = await self._get(f"/customers/{_segment(customer_id)}", subject=customer_id)
        return self._parse(Customer, data)

    async def list_orders(self, customer_id: str, limit: int = 20, offset: int = 0) -> list[OrderSummary]:
        data = await self._get(
            f"/customers/{_segment(customer_id)}/orders",
            params={"limit": limit, "offset": offset},
            subject=customer_id,
        )
        return [self._parse(OrderSummary, o) for o in self._items(data, "orders")]

    async def get_overview(self, customer_id: str, orders: int = 5) -> CustomerOverview:
        data = await self._get(
            f"/customers/{_segment(customer_id)}/overview", params={"orders": orders}, subject=customer_id
        )
        return self._parse(CustomerOverview, data)

    async def get_order(self, customer_id: str, order_number: str) -> Order:
        number = _guard_order_number(order_number)
        path = f"/customers/{_segment(customer_id)}/orders/{_segment(number)}"
        return self._parse(Order, await self._get(path, subject=order_number))

    async def get_tracking(self, customer_id: str, order_number: str) -> Tracking:
        number = _guard_order_number(order_number)
        path = f"/customers/{_segment(customer_id)}/orders/{_segment(number)}/tracking"
        return self._parse(Tracking, await self._get(path, subject=order_number))

    async def get_product(self, product_id: str) -> Product:
        data = await self._get(f"/products/{_segment(product_id)}", subject=product_id)
        return self._parse(Product, data)

    async def search_products(self, query: str, limit: int = 10) -> list[Product]:
        if not query.strip():
            return []
        data = await self._get("/products", params={"q": query.strip()[:100], "limit": limit})
        return [self._parse(Product, p) for p in self._items(data, "products")]

    async def categories(self) -> list[Category]:
        data = await self._get("/categories")
        return [self._parse(Category, c) for c in self._items(data, "categories")]

    async def verify_customer(self, email: str, order_number: str) -> str | None:
        """The customer whose order this is when the e-mail matches it, else None (never says which half was wrong)."""
        try:
            body = {"email": email.strip(), "order_number": order_number.strip()}
            data = await self._call("POST", "/verifications", json=body, idempotent=True)
        except (OrderNotFound, OmsRequestRejected):
            return None
        customer_id = data.get("customer_id")
        return customer_id if isinstance(customer_id, str) else None

    # --- writes (order actions) -----------------------------------------------------------------
    def _action_path(self, customer_id: str, order_number: str, action: str) -> str:
        number = _guard_order_number(order_number)
        return f"/customers/{_segment(customer_id)}/orders/{_segment(number)}/{action}"

    async def _act(self, customer_id: str, order_number: str, action: str, body: dict, key: str) -> ActionResult:
        if not key:
            raise ValueError("an order action needs an idempotency key")
        data = await self._post(self._action_path(customer_id, order_number, action), body, key=key, subject=order_number)
        return self._parse(ActionResult, data)

    async def cancel_order(self, customer_id: str, order_number: str, *, reason: str, key: str) -> ActionResult:
        return await self._act(customer_id, order_number, "cancel", {"reason": reason}, key)

    async def change_address(self, customer_id: str, order_number: str, *, address: dict, key: str) -> ActionResult:
        return await self._act(customer_id, order_number, "address", {"address": address}, key)

    async def start_return(
        self, customer_id: str, order_number: str, *, line_nos: list[int], reason: str, key: str
    ) -> ActionResult:
        return await self._act(customer_id, order_number, "returns", {"line_nos": line_nos, "reason": reason}, key)

    async def exchange_item(
        self, customer_id: str, order_number: str, *, line_no: int, new_variant_id: str, key: str
    ) -> ActionResult:
        body = {"line_no": line_no, "new_variant_id": new_variant_id}
        return await self._act(customer_id, order_number, "exchanges", body, key)

    async def refund(self, customer_id: str, order_number: str, *, amount: Decimal, reason: str, key: str) -> ActionResult:
        body = {"amount": str(Decimal(amount).quantize(Decimal("0.01"))), "reason": reason}
        return await self._act(customer_id, order_number, "refunds", body, key)

    # --- transport ------------------------------------------------------------------------------
    async def _get(
        self, path: str, *, params: dict[str, Any] | None = None, subject: str = ""
    ) -> dict[str, Any]:
        """GET within the deadline (retried with backoff); the JSON body or a typed OmsError."""
        return await self._call("GET", path, params=params, subject=subject)

    async def _post(self, path: str, body: dict[str, Any], *, key: str, subject: str) -> dict[str, Any]:
        """POST an action with its idempotency key: retried like a read, since a repeat never acts twice."""
        return await self._call("POST", path, json=body, key=key, subject=subject)

    async def _call(
        self, method: str, path: str, *, params: dict[str, Any] | None = None, json: Any = None,
        key: str | None = None, subject: str = "", idempotent: bool = False,
    ) -> dict[str, Any]:
        headers = {"Idempotency-Key": key} if key else None

        async def once() -> httpx.Response:
            async with asyncio.timeout(self._timeout_s):
                response = await self._client.request(method, path, params=params, json=json, headers=headers)
            if response.status_code in RETRIABLE_STATUS:
                raise RetriableStatus(response)
            if response.status_code < 400 and not _json_object(response):
                raise MalformedBody(response)
            return response

        try:
            response = await with_retries(once, repeatable=method == "GET" or bool(key) or idempotent)
        except (RetriableStatus, MalformedBody) as exc:
            response = exc.response
        except (TimeoutError, httpx.TimeoutException) as exc:
            raise OmsUnavailable(
                f"The order system did not answer within {self._timeout_s:g}s ({path})."
            ) from exc
        except httpx.TransportError as exc:
            raise OmsUnavailable(
                f"Cannot reach the order system at {self._client.base_url} ({exc!r})."
            ) from exc
        if response.status_code >= 400:
            raise _error_for(response, subject)
        try:
            data = response.json()
        except ValueError as exc:
            raise OmsUnavailable(f"The order system sent a non-JSON answer for {path}.") from exc
        if not isinstance(data, dict):
            raise OmsUnavailable(f"The order system sent an unexpected answer for {path}.")
        return data

    @staticmethod
    def _items(data: dict[str, Any], key: str) -> list[Any]:
        """A list field of a response; a body without it is a malformed answer, not a crash."""
        value = data.get(key)
        if not isinstance(value, list):
            raise OmsUnavailable(f"The order system's answer has no {key!r} list.")
        return value

    @staticmethod
    def _parse(model: type[M], data: Any) -> M:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise OmsUnavailable(f"The order system sent a malformed {model.__name__}: {exc}") from exc


def _json_object(response: httpx.Response) -> bool:
    try:
        return isinstance(response.json(), dict)
    except ValueError:
        return False


def _error_for(response: httpx.Response, subject: str) -> OmsError:
    """Map an error response (envelope {"error": {"code", "message"}}) to a typed error."""
    if response.status_code >= 500:
        return OmsUnavailable(f"The order system failed (HTTP {response.status_code}); retry later.")
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        error = {}
    code, message = error.get("code"), error.get("message") or response.text[:200]
    match code:
        case "order_not_found" | "no_match":
            return OrderNotFound(subject)
        case "customer_not_found":
            return CustomerNotFound(subject)
        case "product_not_found":
            return ProductNotFound(subject)
        case "invalid_order_number":
            return InvalidOrderNumber(subject, message)
    if response.status_code in (403, 409) and code:
        return ActionRefused(code, message)
    return OmsRequestRejected(
        f"The order system rejected the request (HTTP {response.status_code}, {code or 'no code'}): {message}"
        + (" -- is OMS_URL pointing at the OMS?" if response.status_code == 404 else "")
    )
