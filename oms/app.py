"""The demo OMS: a small HTTP service over the OMS tables, standing in for a brand's real order system.

URL space (customer-scoped: an order is always addressed through the customer who owns it):

    GET  /health
    GET  /customers?email=                                   lookup (0 or 1 customer)
    GET  /customers/{customer_id}
    GET  /customers/{customer_id}/overview?orders=N          the customer + newest N orders in full (one call)
    GET  /customers/{customer_id}/orders                     summaries, newest first (limit, offset)
    GET  /customers/{customer_id}/orders/{order_number}      full order
    GET  /customers/{customer_id}/orders/{order_number}/tracking
    GET  /products?q=          GET /products/{product_id}
    POST /verifications                                      e-mail + order number -> customer (oms/verification.py)

Actions sit beside the reads as POSTs on the order, each requiring an `Idempotency-Key` header
(oms/actions.py): .../orders/{n}/cancel, /address, /returns, /exchanges, /refunds.

Errors share one envelope {"error": {"code", "message"}}; an order of another customer gets exactly the
same 404 as an order that does not exist.

Every route but /health requires the header `X-Service-Key` (core.service_key: OMS_SERVICE_KEY, or a
random key kept in DATA_DIR): customer ids are sequential, so without it anyone who reaches the port
could read every customer's orders, email and address.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from typing import Annotated

import psycopg
from fastapi import FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from core.service_key import SERVICE_KEY_HEADER, oms_service_key, service_key_matches
from core.settings import Settings
from oms.action_repository import OrderActionsRepository
from oms.actions import install_actions
from oms.order_numbers import DEFAULT_ORDER_PREFIX, MalformedOrderNumber, candidate_ids
from oms.repository import OmsRepository
from oms.schemas import (
    CategoryList,
    Customer,
    CustomerList,
    CustomerOverview,
    ErrorResponse,
    Health,
    Order,
    OrderPage,
    Product,
    ProductList,
    Tracking,
)
from oms.verification import install_verification

CustomerId = Annotated[str, Path(pattern=r"^[A-Za-z0-9_.@-]{1,64}$", description="Verified customer id.")]
ProductId = Annotated[str, Path(pattern=r"^[A-Za-z0-9_.-]{1,64}$")]
OrderNumber = Annotated[
    str, Path(max_length=64, description="Any accepted spelling, e.g. NB104233, #W2611340.")
]
MAX_OVERVIEW_ORDERS = 20
_ERRORS = {404: {"model": ErrorResponse}, 422: {"model": ErrorResponse}, 503: {"model": ErrorResponse}}


class OmsHttpError(Exception):
    """An expected failure with a status, a stable code and a message for the caller."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


ORDER_NOT_FOUND = OmsHttpError(404, "order_not_found", "No such order for this customer.")


def _error(status: int, code: str, message: str, details: object = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details}}
    return JSONResponse(status_code=status, content=body)


def create_app(
    settings: Settings, *, order_prefix: str = DEFAULT_ORDER_PREFIX, conninfo: str | None = None,
    replay_date: Callable[[str], date | None] | None = None,
) -> FastAPI:
    """Build the OMS app; the connection pool opens on start-up and closes on shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if conninfo is None:
            from db.connection import database_url

            dsn = database_url(settings)
        else:
            dsn = conninfo
        pool = AsyncConnectionPool(dsn, min_size=1, max_size=10, timeout=settings.oms_timeout_s, open=False)
        await pool.open(wait=True, timeout=30)
        app.state.repo = OmsRepository(pool)
        app.state.actions = OrderActionsRepository(pool)  # order actions (oms/actions.py)
        try:
            yield
        finally:
            await pool.close()

    app = FastAPI(title="Demo OMS", version="1", lifespan=lifespan, responses=_ERRORS)
    service_key = oms_service_key(settings)

    @app.middleware("http")
    async def require_service_key(request: Request, call_next):
        if request.url.path != "/health" and not service_key_matches(
            request.headers.get(SERVICE_KEY_HEADER), service_key
        ):
            return _error(401, "service_key_required", f"Send this deployment's OMS service key in {SERVICE_KEY_HEADER}.")
        return await call_next(request)

    def repo(request: Request) -> OmsRepository:
        return request.app.state.repo

    def order_ids(order_number: str) -> list[str]:
        try:
            return candidate_ids(order_number, prefix=order_prefix)
        except MalformedOrderNumber as exc:
            raise OmsHttpError(422, "invalid_order_number", str(exc)) from exc

    @app.exception_handler(OmsHttpError)
    async def _known(_: Request, exc: OmsHttpError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"field": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in exc.errors()]
        summary = "; ".join(f"{p['field']}: {p['problem']}" for p in problems)
        return _error(422, "invalid_request", f"Invalid request: {summary}", problems)

    @app.exception_handler(psycopg.OperationalError)
    @app.exception_handler(PoolTimeout)
    async def _database_down(_: Request, exc: Exception) -> JSONResponse:
        return _error(503, "database_unavailable", "The OMS database is unavailable; retry later.")

    @app.get("/health")
    async def health(request: Request) -> Health:
        await repo(request).ping()
        return Health(status="ok", database="ok")

    @app.get("/customers")
    async def find_customers(
        request: Request,
        email: Annotated[str, Query(min_length=3, max_length=254, pattern=r"^\s*[^@\s]+@[^@\s]+\s*$")],
    ) -> CustomerList:
        return CustomerList(customers=await repo(request).find_customers_by_email(email))

    @app.get("/customers/{customer_id}")
    async def get_customer(request: Request, customer_id: CustomerId) -> Customer:
        customer = await repo(request).get_customer(customer_id)
        if customer is None:
            raise OmsHttpError(404, "customer_not_found", "No customer with this id.")
        return customer

    @app.get("/customers/{customer_id}/overview")
    async def get_overview(
        request: Request,
        customer_id: CustomerId,
        orders: Annotated[int, Query(ge=0, le=MAX_OVERVIEW_ORDERS, description="Newest orders to include.")] = 5,
    ) -> CustomerOverview:
        """Everything a support turn about orders reads, in one round trip."""
        overview = await repo(request).get_overview(customer_id, orders)
        if overview is None:
            raise OmsHttpError(404, "customer_not_found", "No customer with this id.")
        return overview

    @app.get("/customers/{customer_id}/orders")
    async def list_orders(
        request: Request,
        customer_id: CustomerId,
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> OrderPage:
        if await repo(request).get_customer(customer_id) is None:
            raise OmsHttpError(404, "customer_not_found", "No customer with this id.")
        total, orders = await repo(request).list_orders(customer_id, limit, offset)
        return OrderPage(
            customer_id=customer_id, total_count=total, limit=limit, offset=offset, orders=orders
        )

    @app.get("/customers/{customer_id}/orders/{order_number}")
    async def get_order(request: Request, customer_id: CustomerId, order_number: OrderNumber) -> Order:
        order = await repo(request).get_order(customer_id, order_ids(order_number))
        if order is None:
            raise ORDER_NOT_FOUND
        return order

    @app.get("/customers/{customer_id}/orders/{order_number}/tracking")
    async def get_tracking(request: Request, customer_id: CustomerId, order_number: OrderNumber) -> Tracking:
        tracking = await repo(request).get_tracking(customer_id, order_ids(order_number))
        if tracking is None:
            raise ORDER_NOT_FOUND
        return tracking

    @app.get("/products")
    async def search_products(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=100)],
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> ProductList:
        return ProductList(products=await repo(request).search_products(q, limit))

    @app.get("/categories")
    async def list_categories(request: Request) -> CategoryList:
        return CategoryList(categories=await repo(request).categories())

    @app.get("/products/{product_id}")
    async def get_product(request: Request, product_id: ProductId) -> Product:
        product = await repo(request).get_product(product_id)
        if product is None:
            raise OmsHttpError(404, "product_not_found", "No product with this id.")
        return product

    install_actions(app, settings, order_ids, replay_date)  # the write endpoints: oms/actions.py
    install_verification(app, order_prefix)  # e-mail + order number for visitors: oms/verification.py
    return app


def serve(settings: Settings) -> None:
    """Run the OMS with uvicorn on settings.host:settings.oms_port (blocks until stopped)."""
    import uvicorn

    uvicorn.run(create_app(settings), host=settings.host, port=settings.oms_port, log_level="info")
