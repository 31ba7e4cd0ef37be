"""A circuit breaker per endpoint and model: after repeated failures the engine stops calling the model
for a while and every turn goes straight to the offline engine (no customer waits on a dead endpoint).

closed -> (LLM_BREAKER_FAILURES consecutive failures) -> open for LLM_BREAKER_OPEN_S -> half-open: one
trial call; its success closes the circuit, its failure opens it again. Per process (each `serve` worker
learns on its own: no shared state to go stale).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class CircuitBreaker:
    def __init__(self, failures: int, open_s: float, clock: Callable[[], float] = time.monotonic):
        self.threshold, self.open_s, self.clock = failures, open_s, clock
        self.failures = 0
        self.opened_at: float | None = None
        self.trial_running = False
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "open" if self.clock() - self.opened_at < self.open_s else "half_open"

    def allow(self) -> bool:
        """May this call go to the model? In half-open state only one trial call at a time does."""
        with self._lock:
            state = self.state
            if state == "closed":
                return True
            if state == "half_open" and not self.trial_running:
                self.trial_running = True
                return True
            return False

    def success(self) -> None:
        with self._lock:
            self.failures, self.opened_at, self.trial_running = 0, None, False

    def abandon(self) -> None:
        """The call was cancelled (the run was): neither a success nor a failure, but a half-open trial is
        over, so the next call may try again."""
        with self._lock:
            self.trial_running = False

    def failure(self) -> None:
        with self._lock:
            self.failures += 1
            if self.trial_running or self.failures >= self.threshold:
                self.opened_at = self.clock()
            self.trial_running = False


_breakers: dict[tuple, CircuitBreaker] = {}
_registry_lock = threading.Lock()


def breaker_for(key: tuple, failures: int, open_s: float) -> CircuitBreaker:
    with _registry_lock:
        if key not in _breakers:
            _breakers[key] = CircuitBreaker(failures, open_s)
        return _breakers[key]


def reset_breakers() -> None:
    with _registry_lock:
        _breakers.clear()
