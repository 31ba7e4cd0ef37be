"""The staff inbox API, `/inbox/api/...`: the same routes in `serve` and `langgraph dev`.

Each server passes its ThreadGate (how to write into a conversation between runs). Every route requires
a staff token (app/inbox/access.py); a customer or visitor token is refused with 403 before any case is
read, so a customer cannot reach anybody's case through it, their own included.
"""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.inbox import actions, queries
from app.inbox.access import staff_of
from app.inbox.http import HttpProblem, endpoint, json_body, json_response
from app.inbox.orders import live_orders
from app.inbox.thread_gate import ThreadGate
from app.inbox.transcript import case_transcript, thread_transcript
from app.inbox.views import case_view, detail_view

MAX_TEXT_CHARS = 5000
PREFIX = "/inbox/api/handoffs"


def _limit(request: Request) -> int:
    raw = request.query_params.get("limit", "100")
    if not raw.isdigit() or not 1 <= int(raw) <= 500:
        raise HttpProblem(422, "limit must be an integer from 1 to 500.")
    return int(raw)


def _handoff_id(request: Request) -> int:
    raw = request.path_params["handoff_id"]
    if not raw.isdigit() or len(raw) > 18:
        raise HttpProblem(404, f"No handoff {raw!r}.")
    return int(raw)


async def _case(request: Request) -> dict:
    handoff_id = _handoff_id(request)
    case = await queries.get_case(handoff_id)
    if case is None:
        raise HttpProblem(404, f"No handoff {handoff_id}.")
    return case


def _text(body: dict, name: str, required: bool = True) -> str:
    value = body.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise HttpProblem(422, f"{name} must be a non-empty string.")
    if len(value) > MAX_TEXT_CHARS:
        raise HttpProblem(422, f"{name} is longer than {MAX_TEXT_CHARS} characters.")
    return value.strip()


def _not_held_by_another(case: dict, staff: str) -> None:
    if case["status"] == "resolved":
        raise HttpProblem(409, f"Handoff {case['id']} is already resolved.")
    if case["status"] == "claimed" and case["assignee"] != staff:
        raise HttpProblem(409, f"Handoff {case['id']} is claimed by {case['assignee']}.")


def inbox_routes(gate: ThreadGate) -> list[Route]:
    @endpoint
    async def list_handoffs(request: Request) -> Response:
        staff_of(request)
        status = request.query_params.get("status", "active")
        if status not in queries.STATUSES:
            raise HttpProblem(422, f"status must be one of {', '.join(queries.STATUSES)}.")
        rows = await queries.list_cases(status, _limit(request))
        return json_response({"handoffs": [case_view(r) for r in rows]})

    @endpoint
    async def get_handoff(request: Request) -> Response:
        staff_of(request)
        case = await _case(request)
        graph = await gate.graph(request)
        (orders, orders_error), transcript, earlier, messages = await asyncio.gather(
            live_orders(case["customer_id"], list(case["order_ids"] or [])),
            thread_transcript(graph, case["thread_id"]),
            queries.earlier_cases(case["customer_id"], case["id"]),
            queries.case_messages(case["id"]),
        )
        if transcript is None:
            transcript = case_transcript(case, messages)
        return json_response(detail_view(case, orders=orders, orders_error=orders_error, transcript=transcript,
                                         earlier=earlier))

    @endpoint
    async def claim(request: Request) -> Response:
        staff = staff_of(request).subject
        case = await _case(request)
        if not await queries.claim(case["id"], staff):
            current = await queries.get_case(case["id"]) or case
            _not_held_by_another(current, staff)
            raise HttpProblem(409, f"Handoff {case['id']} cannot be claimed now.")
        claimed = await queries.get_case(case["id"])
        await actions.record_claim(await gate.graph(request), claimed)
        return json_response(case_view(claimed))

    @endpoint
    async def reply(request: Request) -> Response:
        staff = staff_of(request).subject
        case = await _case(request)
        text = _text(await json_body(request), "text")
        _not_held_by_another(case, staff)
        if case["status"] == "open" and not await queries.claim(case["id"], staff):
            _not_held_by_another(await queries.get_case(case["id"]) or case, staff)
        message_id = await actions.reply(gate, request, case, staff, text)
        return json_response({"message_id": message_id}, 201)

    @endpoint
    async def resolve(request: Request) -> Response:
        staff = staff_of(request).subject
        case = await _case(request)
        body = await json_body(request)
        outcome = body.get("outcome")
        if outcome not in queries.OUTCOMES:
            raise HttpProblem(422, f"outcome must be one of {', '.join(queries.OUTCOMES)}.")
        resolution = _text(body, "resolution", required=False)
        _not_held_by_another(case, staff)
        resolved = await actions.resolve(gate, request, case, staff, outcome, resolution)
        return json_response(case_view(resolved) | {"outcome": resolved["outcome"],
                                                    "resolution": resolved["resolution"]})

    return [
        Route(PREFIX, list_handoffs, methods=["GET"]),
        Route(PREFIX + "/{handoff_id}", get_handoff, methods=["GET"]),
        Route(PREFIX + "/{handoff_id}/claim", claim, methods=["POST"]),
        Route(PREFIX + "/{handoff_id}/reply", reply, methods=["POST"]),
        Route(PREFIX + "/{handoff_id}/resolve", resolve, methods=["POST"]),
    ]
