"""Why a model call failed, as the short reason a turn records (turn.fallback_reason, logs, eval)."""

from __future__ import annotations

import json

import httpx
import openai
from langchain_core.exceptions import OutputParserException
from pydantic import ValidationError

TIMEOUT, RATE_LIMITED, SERVER_ERROR, UNREACHABLE, MALFORMED, REFUSED, ERROR = (
    "timeout", "rate_limited", "server_error", "unreachable", "malformed", "refused", "error")
CIRCUIT_OPEN, UNGROUNDED = "circuit_open", "ungrounded"


def failure_reason(exc: BaseException) -> str:
    if isinstance(exc, openai.APITimeoutError | httpx.TimeoutException | TimeoutError):
        return TIMEOUT
    if isinstance(exc, openai.RateLimitError):
        return RATE_LIMITED
    if isinstance(exc, openai.InternalServerError) or (
            isinstance(exc, openai.APIStatusError) and exc.status_code >= 500):
        return SERVER_ERROR
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError | ConnectionError):
        return UNREACHABLE
    if isinstance(exc, openai.APIStatusError):  # 400/401/403/404: a configuration problem, not a blip
        return REFUSED
    if isinstance(exc, json.JSONDecodeError | ValidationError | OutputParserException | ValueError | KeyError
                  | openai.APIResponseValidationError):
        return MALFORMED
    return ERROR
