"""EncodeBatcher: concurrent callers share model calls and each gets exactly its own rows."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from tools.knowledge.encode_batcher import EncodeBatcher


class RecordingEncoder:
    """A deterministic stand-in for the model: row = (len(text), first char code); records each call and
    holds the first call until released, so the next callers queue up behind it."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.release = threading.Event()
        self.first_started = threading.Event()

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if len(self.calls) == 1:
            self.first_started.set()
            self.release.wait(5)
        return np.array([[len(t), ord(t[0])] for t in texts], dtype=np.float32)


def test_calls_arriving_while_the_encoder_is_busy_share_one_model_call():
    encoder = RecordingEncoder()
    batcher = EncodeBatcher(encoder)
    with ThreadPoolExecutor(8) as pool:
        first = pool.submit(batcher.encode, ["warm"])
        assert encoder.first_started.wait(5)
        later = [pool.submit(batcher.encode, [f"text {i}", "shared"]) for i in range(6)]
        while len(batcher._pending) < 6:  # all six queued behind the busy encoder
            threading.Event().wait(0.01)
        encoder.release.set()
        results = [future.result(5) for future in later]
    assert first.result().tolist() == [[4, ord("w")]]
    assert len(encoder.calls) == 2, encoder.calls
    assert encoder.calls[1].count("shared") == 1  # a text asked by several callers is encoded once
    for i, rows in enumerate(results):
        assert rows.tolist() == [[len(f"text {i}"), ord("t")], [6, ord("s")]]


def test_a_call_larger_than_the_batch_limit_is_encoded_alone():
    encoder = RecordingEncoder()
    encoder.release.set()
    batcher = EncodeBatcher(encoder, max_texts=4)
    rows = batcher.encode([f"t{i}" for i in range(10)])
    assert rows.shape == (10, 2)
    assert encoder.calls == [[f"t{i}" for i in range(10)]]


def test_a_failing_model_call_raises_in_every_waiting_caller_and_the_batcher_keeps_working():
    calls = []

    def flaky(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        if len(calls) == 1:
            raise RuntimeError("model exploded")
        return np.ones((len(texts), 3), dtype=np.float32)

    batcher = EncodeBatcher(flaky)
    with pytest.raises(RuntimeError, match="model exploded"):
        batcher.encode(["a"])
    assert batcher.encode(["b", "c"]).shape == (2, 3)
