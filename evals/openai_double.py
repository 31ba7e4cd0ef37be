"""OpenAI-compatible test double: a real HTTP server that answers scripted chat completions.

No LLM endpoint is reachable from CI, so the tests and the bench start this double and point the LLM
engine at it (OPENAI_BASE_URL). It speaks the Chat Completions wire format exactly as the `openai` SDK
reads it: `chat.completion` objects with `choices[].message` (content, tool_calls with JSON-string
arguments), `finish_reason` and `usage`; with `stream: true`, `chat.completion.chunk` server-sent events
(role delta, content deltas, tool-call deltas by index, a final chunk with finish_reason, a usage chunk
when `stream_options.include_usage` is set, then `data: [DONE]`). A structured-output request is answered
the way it was asked: a forced function call (method function_calling) or JSON content (json_schema).

What it answers is decided by a `responder(call) -> Reply` the test sets; a Reply can also be a fault
(a hang past the client's timeout, 429, 500, a malformed body). Every request is recorded in `requests`.
It is not a model: `cooperative` is a fixed, rule-following script for the bench and smoke tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

FAULTS = ("timeout", "429", "500", "malformed")


@dataclass
class Reply:
    content: str | None = None
    tool_calls: list[tuple[str, dict]] = field(default_factory=list)  # (function name, arguments)
    structured: dict | None = None  # the object a structured-output request gets
    raw_structured: str | None = None  # verbatim (possibly broken) JSON for a structured answer
    fault: str | None = None  # one of FAULTS
    delay_s: float = 0.0
    chunk_delay_s: float = 0.0  # streaming: pause between content chunks (shows tokens arriving over time)


@dataclass
class Call:
    """One request as a responder sees it."""

    body: dict

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages") or []

    @property
    def system(self) -> str:
        return "\n".join(str(m.get("content") or "") for m in self.messages if m.get("role") == "system")

    @property
    def task(self) -> str:
        """classify | assess | draft, read from the prompt's first line ('# Task: draft ...')."""
        found = re.search(r"# Task: (\w+)", self.system)
        return found.group(1) if found else "draft"

    @property
    def structured_name(self) -> str | None:
        choice = self.body.get("tool_choice")
        if isinstance(choice, dict):
            return (choice.get("function") or {}).get("name")
        fmt = self.body.get("response_format") or {}
        if fmt.get("type") == "json_schema":
            return (fmt.get("json_schema") or {}).get("name")
        return None

    @property
    def tool_names(self) -> list[str]:
        return [t["function"]["name"] for t in self.body.get("tools") or [] if t.get("type") == "function"]

    @property
    def tool_results(self) -> list[dict]:
        """Every tool message so far, parsed as JSON when it is JSON."""
        found = []
        for m in self.messages:
            if m.get("role") == "tool":
                try:
                    found.append(json.loads(m.get("content") or "null"))
                except json.JSONDecodeError:
                    found.append({"text": m.get("content")})
        return found

    @property
    def user_text(self) -> str:
        users = [m for m in self.messages if m.get("role") == "user"]
        return str(users[-1].get("content") or "") if users else ""

    @property
    def prompt_text(self) -> str:
        return json.dumps(self.messages)


Responder = Callable[[Call], Reply]


def _tokens(text: str) -> int:
    """A stand-in tokenizer: about four characters a token, like English text on OpenAI's tokenizers."""
    return max(1, len(text) // 4)


class OpenAIDouble:
    """The OpenAI-compatible test double. `serve()` runs it on a free port and yields its /v1 base URL."""

    def __init__(self, responder: Responder | None = None, model: str = "test-double-model"):
        self.responder: Responder = responder or cooperative
        self.model = model
        self.requests: list[dict] = []
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self.completions, methods=["POST"]),
            Route("/v1/models", self.models, methods=["GET"]),
        ])

    async def models(self, request: Request) -> JSONResponse:
        return JSONResponse({"object": "list", "data": [{"id": self.model, "object": "model", "owned_by": "test"}]})

    async def completions(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(body)
        call = Call(body)
        reply = self.responder(call)
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.fault == "timeout":
            await asyncio.sleep(3600)
        if reply.fault == "429":
            return JSONResponse({"error": {"message": "Rate limit reached for requests", "type": "requests",
                                           "param": None, "code": "rate_limit_exceeded"}}, status_code=429)
        if reply.fault == "500":
            return JSONResponse({"error": {"message": "The server had an error while processing your request.",
                                           "type": "server_error", "param": None, "code": None}}, status_code=500)
        if reply.fault == "malformed":
            return Response('{"id": "chatcmpl-broken", "choices": [{"index": 0, "message": {"role": "assist',
                            media_type="application/json")
        content, tool_calls = self._shape(call, reply)
        usage = {"prompt_tokens": _tokens(call.prompt_text),
                 "completion_tokens": _tokens((content or "") + json.dumps([a for _, a in tool_calls]))}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return StreamingResponse(self._chunks(content, tool_calls, usage if include_usage else None,
                                                  reply.chunk_delay_s), media_type="text/event-stream")
        return JSONResponse(self._completion(content, tool_calls, usage))

    def _shape(self, call: Call, reply: Reply) -> tuple[str | None, list[tuple[str, str]]]:
        """(content, [(name, arguments JSON string)]) as the request asked for them."""
        tool_calls = [(name, json.dumps(args)) for name, args in reply.tool_calls]
        if reply.structured is not None or reply.raw_structured is not None:
            text = reply.raw_structured if reply.raw_structured is not None else json.dumps(reply.structured)
            if isinstance(call.body.get("tool_choice"), dict):  # method="function_calling"
                return None, [(call.structured_name or "output", text)]
            return text, []
        return reply.content, tool_calls

    def _completion(self, content: str | None, tool_calls: list[tuple[str, str]], usage: dict) -> dict:
        message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None}
        if tool_calls:
            message["tool_calls"] = [
                {"id": f"call_{uuid.uuid4().hex[:20]}", "type": "function", "function": {"name": n, "arguments": a}}
                for n, a in tool_calls
            ]
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion", "created": int(time.time()),
            "model": self.model, "system_fingerprint": "fp_test_double",
            "choices": [{"index": 0, "message": message, "logprobs": None,
                         "finish_reason": "tool_calls" if tool_calls else "stop"}],
            "usage": usage,
        }

    async def _chunks(self, content: str | None, tool_calls: list[tuple[str, str]], usage: dict | None,
                      pause_s: float = 0.0):
        ident, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())

        def chunk(delta: dict, finish: str | None = None, choices: bool = True, **extra) -> str:
            payload = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": self.model,
                       "system_fingerprint": "fp_test_double",
                       "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
                       if choices else [], **extra}
            return f"data: {json.dumps(payload)}\n\n"

        yield chunk({"role": "assistant", "content": "" if not tool_calls else None, "refusal": None})
        for piece in re.findall(r"\S+\s*|\s+", content or ""):
            yield chunk({"content": piece})
            await asyncio.sleep(pause_s)
        for index, (name, arguments) in enumerate(tool_calls):
            yield chunk({"tool_calls": [{"index": index, "id": f"call_{uuid.uuid4().hex[:20]}", "type": "function",
                                         "function": {"name": name, "arguments": ""}}]})
            half = len(arguments) // 2
            for part in (arguments[:half], arguments[half:]):
                yield chunk({"tool_calls": [{"index": index, "function": {"arguments": part}}]})
        yield chunk({}, "tool_calls" if tool_calls else "stop")
        if usage is not None:
            yield chunk({}, choices=False, usage=usage)
        yield "data: [DONE]\n\n"

    @contextlib.contextmanager
    def serve(self) -> Iterator[str]:
        """Run on 127.0.0.1:<free port> in a background thread; yields the base URL (…/v1)."""
        from evals.services import serving_in_thread

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            with serving_in_thread(self.app, sock, "the OpenAI-compatible test double") as url:
                yield f"{url}/v1"


# --- a fixed, rule-following script ----------------------------------------------------------------
_KEYWORDS = (
    ("refund", "refund_request"), ("cancel", "cancel_order"), ("return", "return_request"),
    ("where", "order_status"), ("track", "order_status"), ("late", "shipping_delay"), ("size", "sizing"),
    ("ship", "shipping_info"), ("damaged", "damaged_item"), ("broken", "damaged_item"),
)
_URL = re.compile(r"https?://[^\s\"'\\)]+")


def keyword_intent(text: str) -> str:
    lowered = text.lower()
    return next((intent for word, intent in _KEYWORDS if word in lowered), "shipping_info")


def classification(text: str, intent: str | None = None, **overrides) -> dict:
    """A valid classification answer for `text` (keyword intent unless given)."""
    intent = intent or keyword_intent(text)
    found = re.findall(r"\b[A-Z]{2}\d{6,8}\b", text)
    answer = {"intent": intent, "confidence": 0.9,
              "questions": [{"text": text[:300], "intent": intent, "confidence": 0.9}],
              "entities": {"order_numbers": found, "emails": [], "amounts": []},
              "frustrated": False, "wants_human": False, "language": "en", "safety": []}
    answer.update(overrides)
    return answer


def assessment(confidence: float = 0.9, **overrides) -> dict:
    return {"confidence": confidence, "answers_every_question": True, "needs_person": False,
            "unanswered_intents": [], **overrides}


def grounded_reply(call: Call) -> str:
    """A short reply that only repeats what the prompt holds: the first help-center link, if any."""
    urls = _URL.findall(call.prompt_text)
    link = f" You can read more here: {urls[0]}" if urls else ""
    return f"Thanks for reaching out! Here is what I found.{link}"


def cooperative(call: Call) -> Reply:
    """Answers at once and follows the rules: classifies by keywords, assesses 0.9, replies grounded."""
    if call.task == "classify":
        return Reply(structured=classification(call.user_text.split("Customer message:")[-1].strip()))
    if call.task == "assess":
        return Reply(structured=assessment())
    return Reply(content=grounded_reply(call))


def scripted(classify: Responder | Reply | None = None, draft: Responder | Reply | None = None,
             assess: Responder | Reply | None = None) -> Responder:
    """A responder per task (a function of the call, or a fixed Reply); a task left out is cooperative."""
    chosen = {"classify": classify, "draft": draft, "assess": assess}

    def respond(call: Call) -> Reply:
        handler = chosen.get(call.task)
        if handler is None:
            return cooperative(call)
        return handler if isinstance(handler, Reply) else handler(call)

    return respond


def main() -> None:
    """`python -m evals.openai_double --port N`: the cooperative double as its own process (the bench runs it
    there so its work does not share the measured process's CPU time)."""
    import argparse

    import uvicorn

    parser = argparse.ArgumentParser(description="OpenAI-compatible test double (cooperative script).")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(OpenAIDouble().app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
