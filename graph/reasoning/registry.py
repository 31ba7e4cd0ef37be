"""Choose the reasoning backend by name (SupportContext.engine), never by editing nodes."""

from __future__ import annotations

import asyncio
import threading

from core.settings import get_settings
from db.connection import connect
from graph.reasoning.base import Reasoner

_lock = threading.RLock()  # re-entrant: the LLM engine loads the offline engine (its fallback) inside
_cache: dict[str, Reasoner] = {}


class EngineNotReady(RuntimeError):
    """The engine has nothing to reason with yet; the message says which command fixes it."""


def _load_offline() -> Reasoner:
    from graph.reasoning.offline.engine import OfflineReasoner
    from graph.reasoning.offline.model_store import load_latest
    from graph.reasoning.offline.playbook import PLAYBOOK
    from graph.reasoning.offline.training import CONTINUATION_MODEL, INTENT_MODEL

    with connect() as conn:
        found = load_latest(conn, INTENT_MODEL)
        playbook = load_latest(conn, PLAYBOOK)
        continuation = load_latest(conn, CONTINUATION_MODEL)
    if found is None:
        raise EngineNotReady("The offline engine is not trained yet: run `support-agent learn` (or `make run`).")
    return OfflineReasoner(found[0], playbook=playbook[0] if playbook else None,
                           continuation=continuation[0] if continuation else None)


def _load_openai() -> Reasoner:
    try:
        from graph.reasoning.llm.engine import OpenAIReasoner
    except ModuleNotFoundError as exc:
        raise EngineNotReady(
            "The OpenAI engine is not part of this version yet; use ENGINE=offline (the default)."
        ) from exc
    return OpenAIReasoner.from_settings(get_settings())


_LOADERS = {"offline": _load_offline, "openai": _load_openai}


def get_reasoner(engine: str) -> Reasoner:
    """A process-wide instance per engine name."""
    if engine not in _LOADERS:
        raise ValueError(f"Unknown engine {engine!r}; choose one of {sorted(_LOADERS)}.")
    with _lock:
        if engine not in _cache:
            _cache[engine] = _LOADERS[engine]()
        return _cache[engine]


def reset_reasoners(engine: str | None = None) -> None:
    """Forget loaded engines, or one of them (after `learn`, or between tests)."""
    with _lock:
        if engine is None:
            _cache.clear()
        else:
            _cache.pop(engine, None)


async def aget_reasoner(engine: str) -> Reasoner:
    """get_reasoner for async nodes: the first load (database read, model unpickling) runs in a thread."""
    cached = _cache.get(engine)
    return cached if cached is not None else await asyncio.to_thread(get_reasoner, engine)
