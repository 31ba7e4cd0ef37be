"""Identity check for visitors who are not signed in: the e-mail address on an order plus its number.

    POST /verifications  {"email", "order_number"}  -> 200 {"customer_id"} | 404 no_match

A wrong e-mail, a wrong number and an order of someone else all get the same 404, so the endpoint
never tells which half was wrong. The agent counts failures per conversation and locks the thread
after three (graph/nodes/verify.py); the OMS itself is behind the service key.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from psycopg.rows import dict_row
from pydantic import BaseModel, ConfigDict, Field

from oms.order_numbers import MalformedOrderNumber, candidate_ids

NO_MATCH = {"error": {"code": "no_match", "message": "No order with this number for this e-mail address."}}


class VerificationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    email: str = Field(min_length=3, max_length=254, pattern=r"^[^@\s]+@[^@\s]+$")
    order_number: str = Field(min_length=1, max_length=64)


class Verification(BaseModel):
    customer_id: str


def install_verification(app: FastAPI, order_prefix: str) -> None:
    router = APIRouter(tags=["identity"])

    @router.post("/verifications", responses={404: {"description": "no_match"}})
    async def verify(request: Request, body: VerificationRequest) -> Verification:
        try:
            ids = candidate_ids(body.order_number, prefix=order_prefix)
        except MalformedOrderNumber:  # simply no match: nothing to learn from the error
            return JSONResponse(status_code=404, content=NO_MATCH)
        pool = request.app.state.repo.pool
        async with pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(
                """SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id
                   WHERE lower(c.email) = lower(%s) AND o.id = ANY(%s::text[]) LIMIT 1""",
                (body.email, ids),
            )
            row = await cur.fetchone()
        if row is None:
            return JSONResponse(status_code=404, content=NO_MATCH)
        return Verification(customer_id=row["id"])

    app.include_router(router)
