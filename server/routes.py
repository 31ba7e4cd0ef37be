"""The HTTP routes: the LangGraph Platform API subset the official `langgraph_sdk` client uses.

Every route but the health probes and POST /auth/anonymous requires `Authorization: Bearer <token>`
(app.auth); there are no store or cron routes.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from app import auth
from app.inbox.routes import inbox_routes
from server.access import Forbidden, Unauthenticated, principal_of, thread_for
from server.jsonio import BadRequest, dumps, loads_object
from server.locks import ThreadBusy
from server.payloads import ASSISTANT_ID, GRAPH_ID, check_assistant, run_request, stream_modes, thread_id_of
from server.records import run_view
from server.runner import END
from server.thread_gate import ServeThreadGate
from server.views import assistant_view, state_view, thread_view
from web.routes import ROUTES as WEB_ROUTES

log = logging.getLogger("server.http")
Handler = Callable[[Request], Awaitable[Response]]


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(dumps(data), status_code=status, media_type="application/json", headers=headers)


def error_response(status: int, message: str) -> Response:
    return json_response({"detail": message}, status)


def endpoint(handler: Handler) -> Handler:
    """Map our exceptions to clear 4xx answers; anything unexpected is logged and answered 500."""

    @functools.wraps(handler)
    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except Unauthenticated as exc:
            return json_response({"detail": str(exc)}, 401, {"WWW-Authenticate": "Bearer"})
        except Forbidden as exc:
            return error_response(403, str(exc))
        except BadRequest as exc:
            return error_response(exc.status, str(exc))
        except ThreadBusy:
            return error_response(409, "Thread is busy with another run; this server rejects concurrent runs.")

    return wrapped


def api(request: Request):
    return request.app.state.api


async def body_of(request: Request, required: bool = True) -> dict[str, Any]:
    return loads_object(await request.body(), required=required)


def _int(request: Request, name: str, default: int, low: int = 0, high: int = 1000) -> int:
    raw = request.query_params.get(name)
    try:
        value = int(raw) if raw is not None else default
    except ValueError:
        raise BadRequest(f"Query parameter {name} must be an integer.") from None
    return max(low, min(high, value))


def _limit(value: Any, default: int, name: str = "limit", high: int = 1000) -> int:
    if value is None:
        return default
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadRequest(f"{name} must be a non-negative integer.")
    return min(value, high)


def _config(thread_id: str, checkpoint_id: str | None = None) -> dict[str, Any]:
    configurable = {"thread_id": thread_id}
    if checkpoint_id:
        configurable["checkpoint_id"] = checkpoint_id
    return {"configurable": configurable}


# --- health and public ---------------------------------------------------------------------------
async def ok(request: Request) -> Response:
    return json_response({"ok": True})


async def health(request: Request) -> Response:
    return json_response({"status": "alive"})


async def ready(request: Request) -> Response:
    """Ready = this worker can reach its database (and is not shutting down)."""
    state = api(request)
    if state.runner.stopping:
        return error_response(503, "shutting down")
    try:
        async with state.pool.connection(timeout=2) as conn:
            await conn.execute("SELECT 1")
    except Exception as exc:
        return error_response(503, f"database unavailable: {type(exc).__name__}")
    return json_response({"status": "ready", "worker": state.liveness.worker_id})


async def info(request: Request) -> Response:
    return json_response({"version": "support-agent-serve", "flags": {"assistants": True, "crons": False}})


@endpoint
async def anonymous_token(request: Request) -> Response:
    return json_response(auth.new_anonymous_session(api(request).settings), 201, {"Cache-Control": "no-store"})


# --- assistants ----------------------------------------------------------------------------------
@endpoint
async def search_assistants(request: Request) -> Response:
    principal_of(request)
    body = await body_of(request, required=False)
    wanted = body.get("graph_id")
    return json_response([assistant_view()] if wanted in (None, GRAPH_ID) and not body.get("offset") else [])


@endpoint
async def get_assistant(request: Request) -> Response:
    principal_of(request)
    check_assistant(request.path_params["assistant_id"])
    return json_response(assistant_view())


@endpoint
async def assistant_graph(request: Request) -> Response:
    principal_of(request)
    check_assistant(request.path_params["assistant_id"])
    return json_response(api(request).graph.get_graph().to_json())


@endpoint
async def assistant_schemas(request: Request) -> Response:
    principal_of(request)
    check_assistant(request.path_params["assistant_id"])
    graph = api(request).graph

    def schema(getter):
        try:
            return getter()
        except Exception:  # a schema the library cannot express is reported as unknown
            return None

    return json_response({
        "graph_id": GRAPH_ID,
        "input_schema": schema(graph.get_input_jsonschema),
        "output_schema": schema(graph.get_output_jsonschema),
        "state_schema": schema(lambda: graph.get_input_jsonschema()),
        "config_schema": schema(graph.config_schema().model_json_schema),
        "context_schema": schema(graph.get_context_jsonschema),
    })


# --- threads -------------------------------------------------------------------------------------
@endpoint
async def create_thread(request: Request) -> Response:
    principal = principal_of(request)
    if not auth.may_create_thread(principal):
        raise Forbidden("Only customers and anonymous visitors start conversations.")
    body = await body_of(request, required=False)
    metadata = body.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise BadRequest("metadata must be an object.")
    thread_id = thread_id_of(body["thread_id"]) if body.get("thread_id") else str(uuid.uuid4())
    state = api(request)
    row = await state.records.create_thread(thread_id, auth.owner_metadata(principal, metadata))
    if row is None:  # the id is taken: the owner gets their thread back with do_nothing; anyone else a 409
        existing = await state.records.thread(thread_id)
        if body.get("if_exists") == "do_nothing" and existing and auth.may_run_thread(principal, existing["metadata"]):
            return json_response(thread_view(existing))
        raise BadRequest(f"Thread {thread_id} already exists.", status=409)
    return json_response(thread_view(row))


async def _values(state, thread_id: str) -> Any:
    snapshot = await state.graph.aget_state(_config(thread_id))
    return snapshot.values


@endpoint
async def get_thread(request: Request) -> Response:
    principal = principal_of(request)
    state = api(request)
    thread_id = thread_id_of(request.path_params["thread_id"])
    row = await thread_for(state.records, principal, thread_id, "read")
    values, busy = await asyncio.gather(_values(state, thread_id), state.records.busy([thread_id]))
    return json_response(thread_view(row, values, bool(busy)))


@endpoint
async def search_threads(request: Request) -> Response:
    principal = principal_of(request)
    body = await body_of(request, required=False)
    metadata = body.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise BadRequest("metadata must be an object.")
    state = api(request)
    if principal.kind == "staff":  # staff own no thread; they read handed-off ones by id
        return json_response([])
    limit, offset = _limit(body.get("limit"), 10), _limit(body.get("offset"), 0, "offset", 10**6)
    rows = await state.records.search_threads(principal.owner, metadata, limit, offset)
    ids = [str(r["thread_id"]) for r in rows]
    values = await asyncio.gather(*(_values(state, i) for i in ids))
    busy = await state.records.busy(ids) if ids else set()
    return json_response([thread_view(r, v, i in busy) for r, v, i in zip(rows, values, ids, strict=True)])


@endpoint
async def delete_thread(request: Request) -> Response:
    principal = principal_of(request)
    state = api(request)
    thread_id = thread_id_of(request.path_params["thread_id"])
    await thread_for(state.records, principal, thread_id, "delete")
    await state.records.delete_thread(thread_id)
    await state.graph.checkpointer.adelete_thread(thread_id)
    return Response(status_code=204)


@endpoint
async def get_state(request: Request) -> Response:
    principal = principal_of(request)
    state = api(request)
    thread_id = thread_id_of(request.path_params["thread_id"])
    await thread_for(state.records, principal, thread_id, "read")
    checkpoint_id = request.path_params.get("checkpoint_id")
    if request.method == "POST":
        checkpoint = (await body_of(request)).get("checkpoint") or {}
        checkpoint_id = checkpoint.get("checkpoint_id") if isinstance(checkpoint, dict) else None
    snapshot = await state.graph.aget_state(_config(thread_id, checkpoint_id))
    return json_response(state_view(snapshot))


@endpoint
async def update_state(request: Request) -> Response:
    principal = principal_of(request)
    state = api(request)
    thread_id = thread_id_of(request.path_params["thread_id"])
    row = await thread_for(state.records, principal, thread_id, "read")
    if not auth.may_update_state(principal, row["metadata"]):
        raise Forbidden("State cannot be written through the API; send a message (a run) instead.")
    raise Forbidden("State updates are disabled.")  # pragma: no cover - the rule above always refuses


@endpoint
async def history(request: Request) -> Response:
    principal = principal_of(request)
    state = api(request)
    thread_id = thread_id_of(request.path_params["thread_id"])
    await thread_for(state.records, principal, thread_id, "read")
    if request.method == "POST":
        body = await body_of(request, required=False)
        limit = _limit(body.get("limit"), 10, high=100)
        before = body.get("before")
        before_id = before.get("checkpoint_id") if isinstance(before, dict) else before
    else:
        limit, before_id = _int(request, "limit", 10, 1, 100), request.query_params.get("before")
    before_config = _config(thread_id, before_id) if isinstance(before_id, str) and before_id else None
    states = [
        state_view(s)
        async for s in state.graph.aget_state_history(_config(thread_id), limit=limit, before=before_config)
    ]
    return json_response(states)


# --- runs ----------------------------------------------------------------------------------------
async def _new_run(request: Request, default_modes: list[str]):
    principal = principal_of(request)
    state = api(request)
    thread_id = thread_id_of(request.path_params["thread_id"])
    payload = run_request(await body_of(request), default_modes)
    row = await state.records.thread(thread_id)
    if row is None and payload.if_not_exists == "create":
        if not auth.may_create_thread(principal):
            raise Forbidden("Only customers and anonymous visitors start conversations.")
        row = await state.records.create_thread(thread_id, auth.owner_metadata(principal, {}))
    await thread_for(state.records, principal, thread_id, "run", row)
    local = await state.runner.create(thread_id, payload, principal)
    return state, thread_id, local, payload


def _locations(thread_id: str, run_id: str, tail: str) -> dict[str, str]:
    return {
        "Location": f"/threads/{thread_id}/runs/{run_id}/{tail}",
        "Content-Location": f"/threads/{thread_id}/runs/{run_id}",
    }


@endpoint
async def create_run(request: Request) -> Response:
    state, thread_id, local, _ = await _new_run(request, ["values"])
    return json_response(run_view(local.row), headers={"Content-Location": f"/threads/{thread_id}/runs/{local.run_id}"})


def _result(local_values: Any, status: str, error: dict | None) -> Any:
    if status == "error":
        return {"__error__": error or {"error": "Error", "message": "run failed"}}
    return local_values if local_values is not None else {}


@endpoint
async def wait_run(request: Request) -> Response:
    state, thread_id, local, _ = await _new_run(request, ["values"])
    await local.done.wait()
    values = local.values if local.values is not None else await _values(state, thread_id)
    return json_response(_result(values, local.status, local.error), headers=_locations(thread_id, local.run_id, "join"))


def _sse(event: str, data: bytes) -> bytes:
    return b"event: " + event.encode() + b"\r\ndata: " + data + b"\r\n\r\n"


async def _sse_body(state, local, queue: asyncio.Queue, modes: set[str] | None, cancel_on_disconnect: bool):
    """SSE frames from the run's queue, a heartbeat comment every 5 s of silence (proxies keep the
    connection open); a client that goes away cancels the run only if it asked for that."""
    finished = False
    try:
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), timeout=5)
            except TimeoutError:
                yield b": heartbeat\r\n\r\n"
                continue
            if item is END:
                finished = True
                return
            event, data = item
            if modes is None or event in ("metadata", "error", "end") or event.split("/")[0] in modes:
                yield _sse(event, data)
    finally:
        state.runner.unsubscribe(local, queue)
        if not finished and cancel_on_disconnect and not local.done.is_set():
            state.runner.cancel_local(local.run_id)


@endpoint
async def stream_run(request: Request) -> Response:
    state, thread_id, local, payload = await _new_run(request, ["values"])
    queue = state.runner.subscribe(local.run_id)  # before the run's first step: no await since create
    body = _sse_body(state, local, queue, None, payload.on_disconnect == "cancel")
    return StreamingResponse(body, media_type="text/event-stream", headers=_locations(thread_id, local.run_id, "stream"))


async def _run_for(request: Request, action: str):
    principal = principal_of(request)
    state = api(request)
    thread_id = thread_id_of(request.path_params["thread_id"])
    run_id = thread_id_of(request.path_params["run_id"])
    await thread_for(state.records, principal, thread_id, action)
    row = await state.records.run(thread_id, run_id)
    if row is None:
        raise BadRequest(f"Run {run_id} not found on thread {thread_id}.", status=404)
    return state, thread_id, run_id, row


@endpoint
async def list_runs(request: Request) -> Response:
    principal = principal_of(request)
    state = api(request)
    thread_id = thread_id_of(request.path_params["thread_id"])
    await thread_for(state.records, principal, thread_id, "read")
    status = request.query_params.get("status")
    rows = await state.records.runs(thread_id, _int(request, "limit", 10, 1, 1000), _int(request, "offset", 0, 0, 10**6),
                                    status)
    return json_response([run_view(r) for r in rows])


@endpoint
async def get_run(request: Request) -> Response:
    _, _, _, row = await _run_for(request, "read")
    return json_response(run_view(row))


@endpoint
async def delete_run(request: Request) -> Response:
    state, thread_id, run_id, row = await _run_for(request, "run")
    if row["status"] in ("pending", "running"):
        raise BadRequest("Run is still active; cancel it first.", status=409)
    async with state.pool.connection() as conn:
        await conn.execute("DELETE FROM api_runs WHERE run_id = %s", (run_id,))
    return Response(status_code=204)


async def _final(state, thread_id: str, run_id: str) -> Response:
    local = state.runner.local.get(run_id)
    row = await state.runner.wait_finished(thread_id, run_id)
    if local is not None:
        values = local.values if local.values is not None else await _values(state, thread_id)
        return json_response(_result(values, local.status, local.error))
    return json_response(_result(await _values(state, thread_id), row["status"], row["error"]))


@endpoint
async def join_run(request: Request) -> Response:
    state, thread_id, run_id, _ = await _run_for(request, "read")
    return await _final(state, thread_id, run_id)


@endpoint
async def cancel_run(request: Request) -> Response:
    state, thread_id, run_id, row = await _run_for(request, "run")
    if row["status"] in ("pending", "running"):
        await state.runner.cancel(thread_id, run_id)
    if request.query_params.get("wait", "0").lower() in ("1", "true", "yes"):
        return await _final(state, thread_id, run_id)
    return Response(status_code=202)


@endpoint
async def join_stream(request: Request) -> Response:
    state, thread_id, run_id, row = await _run_for(request, "read")
    raw = request.query_params.get("stream_mode")
    modes = None
    if raw:
        try:
            parsed = orjson.loads(raw) if raw.startswith("[") else raw
        except orjson.JSONDecodeError:
            raise BadRequest("stream_mode must be a mode or a JSON list of modes.") from None
        modes = {"messages" if m == "messages-tuple" else m for m in stream_modes(parsed, [])}
    queue = state.runner.subscribe(run_id)
    cancel = request.query_params.get("cancel_on_disconnect", "false").lower() in ("1", "true", "yes")
    if queue is not None:
        local = state.runner.local[run_id]
        return StreamingResponse(_sse_body(state, local, queue, modes, cancel), media_type="text/event-stream",
                                 headers=_locations(thread_id, run_id, "stream"))

    async def remote():  # executing on another worker or replica: its final state once it ends
        final = await state.runner.wait_finished(thread_id, run_id)
        if final["status"] == "error":
            yield _sse("error", dumps(final["error"]))
        elif modes is None or "values" in modes:
            yield _sse("values", dumps(await _values(state, thread_id)))
        yield _sse("end", dumps({"run_id": run_id, "status": final["status"]}))

    return StreamingResponse(remote(), media_type="text/event-stream", headers=_locations(thread_id, run_id, "stream"))


@endpoint
async def no_store(request: Request) -> Response:
    principal_of(request)
    raise Forbidden("The store is not reachable through the API.")


@endpoint
async def not_found(request: Request) -> Response:
    """Anything else (stateless runs, crons, thread copy/patch, assistant writes): who asks is checked first,
    so an unauthenticated caller learns nothing, not even which routes exist."""
    principal_of(request)
    raise BadRequest(f"{request.method} {request.url.path} is not served here.", status=404)


ROUTES = [
    Route("/ok", ok, methods=["GET"]),
    Route("/health", health, methods=["GET"]),
    Route("/ready", ready, methods=["GET"]),
    Route("/info", info, methods=["GET"]),
    Route("/auth/anonymous", anonymous_token, methods=["POST"]),
    Route("/assistants/search", search_assistants, methods=["POST"]),
    Route("/assistants/{assistant_id}", get_assistant, methods=["GET"]),
    Route("/assistants/{assistant_id}/graph", assistant_graph, methods=["GET"]),
    Route("/assistants/{assistant_id}/schemas", assistant_schemas, methods=["GET"]),
    Route("/threads", create_thread, methods=["POST"]),
    Route("/threads/search", search_threads, methods=["POST"]),
    Route("/threads/{thread_id}", get_thread, methods=["GET"]),
    Route("/threads/{thread_id}", delete_thread, methods=["DELETE"]),
    Route("/threads/{thread_id}/state", get_state, methods=["GET"]),
    Route("/threads/{thread_id}/state", update_state, methods=["POST"]),
    Route("/threads/{thread_id}/state/checkpoint", get_state, methods=["POST"]),
    Route("/threads/{thread_id}/state/{checkpoint_id}", get_state, methods=["GET"]),
    Route("/threads/{thread_id}/history", history, methods=["GET", "POST"]),
    Route("/threads/{thread_id}/runs", create_run, methods=["POST"]),
    Route("/threads/{thread_id}/runs", list_runs, methods=["GET"]),
    Route("/threads/{thread_id}/runs/wait", wait_run, methods=["POST"]),
    Route("/threads/{thread_id}/runs/stream", stream_run, methods=["POST"]),
    Route("/threads/{thread_id}/runs/{run_id}", get_run, methods=["GET"]),
    Route("/threads/{thread_id}/runs/{run_id}", delete_run, methods=["DELETE"]),
    Route("/threads/{thread_id}/runs/{run_id}/join", join_run, methods=["GET"]),
    Route("/threads/{thread_id}/runs/{run_id}/stream", join_stream, methods=["GET"]),
    Route("/threads/{thread_id}/runs/{run_id}/cancel", cancel_run, methods=["POST"]),
    *inbox_routes(ServeThreadGate()),
    *WEB_ROUTES,
    Route("/store/{rest:path}", no_store, methods=["GET", "POST", "PUT", "DELETE", "PATCH"]),
    Route("/{rest:path}", not_found, methods=["GET", "POST", "PUT", "DELETE", "PATCH"]),
]

__all__ = ["ASSISTANT_ID", "ROUTES"]
