"""JSON in and out with orjson: LangChain messages and pydantic models as their model_dump, like langgraph_api."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import orjson

OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY


class BadRequest(Exception):
    """The caller sent something we cannot use: answered 4xx with this message, never a 500."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def _default(obj: Any) -> Any:
    if hasattr(obj, "model_dump") and not isinstance(obj, type):
        return obj.model_dump()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if hasattr(obj, "_asdict"):
        return obj._asdict()
    if isinstance(obj, set | frozenset | tuple):
        return list(obj)
    if isinstance(obj, Decimal):
        return float(obj)
    if isinstance(obj, uuid.UUID | dt.timezone):
        return str(obj)
    if isinstance(obj, BaseException):
        return {"error": type(obj).__name__, "message": str(obj)}
    return str(obj)


def dumps(value: Any) -> bytes:
    return orjson.dumps(value, default=_default, option=OPTIONS)


def loads_object(body: bytes, *, required: bool = True) -> dict[str, Any]:
    """A request body that must be a JSON object (or empty when not required)."""
    if not body.strip():
        if required:
            raise BadRequest("Request body must be a JSON object.")
        return {}
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise BadRequest(f"Request body is not valid JSON: {exc}", status=400) from None
    if not isinstance(value, Mapping):
        raise BadRequest("Request body must be a JSON object.")
    return dict(value)
