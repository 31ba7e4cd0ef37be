"""A turn's intent margins computed block by block equal decision_function on the stacked feature matrix."""

from __future__ import annotations

import numpy as np
import pytest

from graph.reasoning.offline.intent_model import _fit, _matrix

TEXTS = {
    "order_status": ["where is my order", "has my parcel shipped yet", "tracking number please", "order status?"],
    "return_policy": ["how do I return shoes", "can I send it back", "return window for sale items", "refund?"],
    "sizing": ["does the jacket run small", "what size should I get", "size chart for jeans", "fits true to size?"],
}


def _data(classes: list[str], seed: int):
    rng = np.random.default_rng(seed)
    texts = [t for name in classes for t in TEXTS[name]] * 3
    labels = [name for name in classes for _ in TEXTS[name]] * 3
    vectors = rng.normal(size=(len(texts), 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    centroids = rng.normal(size=(len(classes), 8)).astype(np.float32)
    return texts, labels, vectors, centroids


@pytest.mark.parametrize("classes", [["order_status", "return_policy", "sizing"], ["order_status", "sizing"]])
def test_live_margins_equal_the_stacked_matrix_margins(classes):
    texts, labels, vectors, centroids = _data(classes, seed=len(classes))
    fitted = _fit(texts, vectors, labels, centroids, seed=0)
    asked = ["where is my parcel and what size is the jacket", "return it please", "🙂", ""]
    asked_vectors = vectors[: len(asked)]
    order = list(reversed(classes))  # margins come back in the order asked, whatever the classifier's order
    expected = fitted.margins(_matrix(fitted.lexical, asked, asked_vectors, centroids, fit=False), order)
    found = fitted.live_margins(asked, asked_vectors, centroids, order)
    assert found.shape == (len(asked), len(classes))
    np.testing.assert_allclose(found, expected, rtol=0, atol=1e-9)
    # Cached weight blocks, one text: its float32 features come out of BLAS's one-row path, which rounds
    # in another order than the four-row product (as the stacked matrix's would), hence float32's tolerance.
    again = fitted.live_margins(asked[:1], asked_vectors[:1], centroids, order)
    np.testing.assert_allclose(again, expected[:1], rtol=0, atol=1e-6)


def test_fits_side_by_side_give_the_same_margins_as_one_after_another():
    from graph.reasoning.offline.intent_model import _fit_and_score, _run_fits

    classes = ["order_status", "return_policy", "sizing"]
    texts, labels, vectors, centroids = _data(classes, seed=3)
    held = ["where is my parcel", "can I return it"]
    jobs = [(_fit_and_score, (texts, vectors, labels, centroids, seed, held, vectors[:2], classes), {})
            for seed in (0, 1, 2)]
    alone, together = _run_fits(jobs, workers=1), _run_fits(jobs, workers=2)
    assert len(together) == 3
    for one, other in zip(alone, together, strict=True):
        np.testing.assert_array_equal(one, other)
