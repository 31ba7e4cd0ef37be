"""The demo OMS's write endpoints: order actions, each checked by the OMS itself and idempotent.

    POST /customers/{cid}/orders/{n}/cancel      {"reason"}                      pending/processing only
    POST /customers/{cid}/orders/{n}/address     {"address": {...}}              before shipping
    POST /customers/{cid}/orders/{n}/returns     {"line_nos", "reason"}          delivered, in window, not Final Sale
    POST /customers/{cid}/orders/{n}/exchanges   {"line_no", "new_variant_id"}   same product, in stock
    POST /customers/{cid}/orders/{n}/refunds     {"amount", "reason"}            <= refundable and <= REFUND_LIMIT
    GET  /customers/{cid}/actions                the actions recorded on the customer's orders (audit)

Every POST requires an `Idempotency-Key` header (8-200 printable characters). A repeated key returns
the stored result with "replayed": true and acts no more; the same key with another request is 409.
An order of another customer gets the same 404 as a missing one. Refusals are 409 (403 over the
refund limit) with a stable code: not_cancellable, already_shipped, outside_return_window, final_sale,
out_of_stock, amount_exceeds_refundable, over_refund_limit, idempotency_key_reused, ...
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header, Path, Request
from fastapi.responses import JSONResponse
from psycopg.types.json import Jsonb

from core.settings import Settings
from data.generator import policy as brand
from data.store_policy import TAU_RETAIL, store_policy
from oms import rules
from oms.action_repository import OrderActionsRepository, OrderNotFoundForCustomer, insert_refunds
from oms.rules import ActionRefused, LockedOrder
from oms.schemas import (
    ActionLog,
    ActionResult,
    AddressRequest,
    CancelRequest,
    ExchangeInfo,
    ExchangeRequest,
    RecordedAction,
    RefundLine,
    RefundRequest,
    ReturnInfo,
    ReturnRequest,
)

CustomerId = Annotated[str, Path(pattern=r"^[A-Za-z0-9_.@-]{1,64}$")]
OrderNumber = Annotated[str, Path(max_length=64)]
IdempotencyKey = Annotated[
    str, Header(alias="Idempotency-Key", min_length=8, max_length=200, pattern=r"^[\x21-\x7e]+$",
                description="Unique per intended action; a retry with the same key never acts twice.")
]


def store_today(settings: Settings) -> Callable[[], date]:
    """The date windows are judged against: STORE_TODAY when set (a frozen demo store), else today (UTC)."""
    fixed = getattr(settings, "store_today", None)
    return (lambda: fixed) if fixed else (lambda: datetime.now(UTC).date())


def install_actions(app: FastAPI, settings: Settings, order_ids: Callable[[str], list[str]],
                    replay_date: Callable[[str], date | None] | None = None) -> None:
    """Mount the action routes on the OMS app (they share its pool, created in its lifespan).

    `replay_date` exists for the eval's private OMS only: a customer's historical ticket being replayed
    is judged on the ticket's date (core/clock.py). The OMS `serve` runs never has one."""
    router = APIRouter(tags=["actions"])
    limit = Decimal(str(settings.refund_limit)).quantize(Decimal("0.01"))
    store_date = store_today(settings)

    def today(customer_id: str) -> date:
        return (replay_date(customer_id) if replay_date else None) or store_date()

    store = store_policy(settings)

    @app.exception_handler(ActionRefused)
    async def _refused(_: Request, exc: ActionRefused) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content={"error": {"code": exc.code, "message": exc.message}})

    async def run(request: Request, customer_id: str, order_number: str, action: str, key: str,
                  body: dict[str, Any], apply) -> ActionResult:
        repo: OrderActionsRepository = request.app.state.actions
        try:
            return await repo.perform(customer_id=customer_id, candidate_ids=order_ids(order_number),
                                      action=action, key=key, body=body, apply=apply)
        except OrderNotFoundForCustomer:
            raise ActionRefused("order_not_found", "No such order for this customer.", status=404) from None

    def result(action: str, locked: LockedOrder, key: str, status: str | None = None, **extra) -> ActionResult:
        return ActionResult(action=action, order_id=locked.order["id"], order_status=status or locked.status,
                            idempotency_key=key, created_at=datetime.now(UTC), **extra)

    @router.post("/customers/{customer_id}/orders/{order_number}/cancel")
    async def cancel(request: Request, customer_id: CustomerId, order_number: OrderNumber,
                     body: CancelRequest, key: IdempotencyKey) -> ActionResult:
        async def apply(cur, locked: LockedOrder) -> ActionResult:
            rules.check_cancel(locked, store, body.reason)
            parts = rules.allocate_refund(locked, locked.refundable()) if locked.refundable() > 0 else []
            refunds = await insert_refunds(cur, locked.order["id"], key, parts)
            await cur.execute("UPDATE orders SET status = 'cancelled' WHERE id = %s", (locked.order["id"],))
            await cur.execute("UPDATE order_items SET status = 'cancelled' WHERE order_id = %s", (locked.order["id"],))
            return result("cancel", locked, key, "cancelled", reason=body.reason,
                          refunds=[RefundLine(**r) for r in refunds])

        return await run(request, customer_id, order_number, "cancel", key, body.model_dump(mode="json"), apply)

    @router.post("/customers/{customer_id}/orders/{order_number}/address")
    async def change_address(request: Request, customer_id: CustomerId, order_number: OrderNumber,
                             body: AddressRequest, key: IdempotencyKey) -> ActionResult:
        address = body.address.model_dump(mode="json", exclude_none=True)
        address["country"] = address["country"].upper()

        async def apply(cur, locked: LockedOrder) -> ActionResult:
            rules.check_address_change(locked, store)
            await cur.execute("UPDATE orders SET shipping_address = %s WHERE id = %s", (Jsonb(address), locked.order["id"]))
            return result("change_address", locked, key, address=address)

        return await run(request, customer_id, order_number, "change_address", key, body.model_dump(mode="json"), apply)

    @router.post("/customers/{customer_id}/orders/{order_number}/returns")
    async def start_return(request: Request, customer_id: CustomerId, order_number: OrderNumber,
                           body: ReturnRequest, key: IdempotencyKey) -> ActionResult:
        async def apply(cur, locked: LockedOrder) -> ActionResult:
            lines = rules.check_return(locked, body.line_nos, today(customer_id), store.return_window_days)
            amount = rules.return_refund(locked, lines)
            return_id = "RT-" + hashlib.sha256(key.encode()).hexdigest()[:10].upper()
            await cur.execute(
                "UPDATE order_items SET status = 'return_requested' WHERE order_id = %s AND line_no = ANY(%s)",
                (locked.order["id"], body.line_nos),
            )
            if store is TAU_RETAIL:  # tau-retail's orders carry the request in their status
                await cur.execute("UPDATE orders SET status = 'return requested' WHERE id = %s", (locked.order["id"],))
            method = _original_method(locked)
            info = ReturnInfo(
                return_id=return_id, line_nos=body.line_nos,
                label_url=f"{brand.RETURNS_PORTAL_URL}/label/{return_id}",
                instructions=(f"Print the prepaid label, pack the items {brand.RETURN_CONDITIONS[0]} "
                              f"{brand.RETURN_CONDITIONS[1]}, and drop the parcel at any carrier location within "
                              f"{brand.RETURN_LABEL_DAYS} days. The refund is issued within {brand.REFUND_PROCESSING_DAYS} business days "
                              "of the parcel reaching our warehouse."),
                refund_method=method, refund_amount=amount, return_by=today(customer_id) + timedelta(days=brand.RETURN_LABEL_DAYS),
            )
            status = "return requested" if store is TAU_RETAIL else None
            return result("return", locked, key, status, reason=body.reason, return_info=info)

        return await run(request, customer_id, order_number, "return", key, body.model_dump(mode="json"), apply)

    @router.post("/customers/{customer_id}/orders/{order_number}/exchanges")
    async def exchange(request: Request, customer_id: CustomerId, order_number: OrderNumber,
                       body: ExchangeRequest, key: IdempotencyKey) -> ActionResult:
        async def apply(cur, locked: LockedOrder) -> ActionResult:
            await cur.execute("SELECT * FROM variants WHERE id = %s", (body.new_variant_id,))
            variant = await cur.fetchone()
            line = rules.check_exchange(locked, body.line_no, variant, today(customer_id), store.exchange_window_days)
            await cur.execute(
                "UPDATE order_items SET status = 'exchange_requested' WHERE order_id = %s AND line_no = %s",
                (locked.order["id"], body.line_no),
            )
            exchange_id = "EX-" + hashlib.sha256(key.encode()).hexdigest()[:10].upper()
            info = ExchangeInfo(
                exchange_id=exchange_id, line_no=body.line_no, from_variant_id=line["variant_id"],
                to_variant_id=variant["id"], to_options=variant["options"],
                instructions=(f"Send the original item back with the prepaid label at "
                              f"{brand.RETURNS_PORTAL_URL}/label/{exchange_id}; the new one ships as soon as "
                              "the carrier scans your parcel."),
            )
            return result("exchange", locked, key, reason=body.reason, exchange=info)

        return await run(request, customer_id, order_number, "exchange", key, body.model_dump(mode="json"), apply)

    @router.post("/customers/{customer_id}/orders/{order_number}/refunds")
    async def refund(request: Request, customer_id: CustomerId, order_number: OrderNumber,
                     body: RefundRequest, key: IdempotencyKey) -> ActionResult:
        async def apply(cur, locked: LockedOrder) -> ActionResult:
            if not store.agent_refunds:
                raise ActionRefused("refund_not_offered", "This store refunds through a cancellation or a return.")
            rules.check_refund(locked, body.amount, limit)
            refunds = await insert_refunds(cur, locked.order["id"], key, rules.allocate_refund(locked, body.amount))
            return result("refund", locked, key, reason=body.reason, refunds=[RefundLine(**r) for r in refunds])

        return await run(request, customer_id, order_number, "refund", key, body.model_dump(mode="json"), apply)

    @router.get("/customers/{customer_id}/actions")
    async def recorded_actions(request: Request, customer_id: CustomerId) -> ActionLog:
        """The actions recorded on this customer's orders, with what each answered: lets an auditor (the
        eval) check what the agent claims to have done against what the OMS did."""
        repo: OrderActionsRepository = request.app.state.actions
        rows = await repo.recorded_for(customer_id)
        return ActionLog(customer_id=customer_id, actions=[RecordedAction.model_validate(r) for r in rows])

    app.include_router(router)


def _original_method(locked: LockedOrder) -> str:
    payments = [p for p in locked.payments if p["kind"] == "payment" and p["status"] == "succeeded"]
    return payments[0]["method"] if payments else "original payment method"
