"""Learning copies with the store's products swapped for other goods (graph/reasoning/offline/product_swap)."""

import numpy as np

from graph.reasoning.offline.intent_model import IntentModel
from graph.reasoning.offline.product_swap import OTHER_GOODS, product_terms, swapped_copies


def test_terms_are_how_customers_name_a_product_longest_first():
    terms = product_terms(["Glacier Down Parka", "Harbor Organic Crew Tee"], ["t-shirts"])
    assert {"glacier down parka", "down parka", "parka", "crew tee", "tee", "t-shirts", "t-shirt"} <= set(terms)
    assert terms.index("glacier down parka") < terms.index("down parka") < terms.index("parka")
    assert len(terms) == len(set(terms))


def test_only_messages_naming_a_product_get_a_copy_and_every_mention_is_swapped():
    terms = product_terms(["Glacier Down Parka"])
    texts = ["where is my Glacier Down Parka?", "what's your return window?", "the parka is too small, swap the parka"]
    copies = swapped_copies(texts, terms)
    assert [index for index, _ in copies] == [0, 2]
    for _, copy in copies:
        assert "parka" not in copy.lower()
        assert any(goods in copy for goods in OTHER_GOODS)
    assert copies[0][1].startswith("where is my ") and copies[0][1].endswith("?")
    assert swapped_copies(texts, terms) == copies  # deterministic


def test_a_word_inside_another_word_is_not_a_product():
    copies = swapped_copies(["my teenager ordered it", "top-up my gift card"], product_terms(["Crew Tee", "Tank Top"]))
    assert copies == []


def test_copies_are_fitted_only_beside_their_original(monkeypatch):
    """A copy is fitted only in the folds that fit its original: were it fitted while its original is held
    out, that out-of-fold margin would score a near-duplicate of seen text and the temperature come out
    too sharp. The final model fits every copy under its original's label."""
    from graph.reasoning.offline import intent_model

    rng = np.random.default_rng(0)
    texts = [f"where is my order number {i}" for i in range(12)] + [f"refund me for order {i} please" for i in range(12)]
    labels = ["order_status"] * 12 + ["refund_request"] * 12
    copies = [(i, text.replace("order", "tablet")) for i, text in enumerate(texts)]
    fits = []
    real_fit = intent_model._fit

    def recording_fit(fit_texts, vectors, fit_labels, centroids, seed):
        fits.append(dict(zip(fit_texts, fit_labels, strict=True)))
        return real_fit(fit_texts, vectors, fit_labels, centroids, seed)

    monkeypatch.setattr(intent_model, "_fit", recording_fit)
    IntentModel.train(
        texts, labels, vectors=rng.normal(size=(24, 8)).astype(np.float32),
        encode=lambda items: np.ones((len(items), 8), np.float32), copies=copies,
        copy_vectors=rng.normal(size=(24, 8)).astype(np.float32),
    )
    final, *folds = fits  # the final fit runs first (intent_model.train), then the folds
    assert len(folds) == 4
    for fitted in folds:
        held_out = [i for i, text in enumerate(texts) if text not in fitted]
        assert held_out, "every fold holds some messages out"
        for i in held_out:
            assert copies[i][1] not in fitted
        for i, text in enumerate(texts):
            if text in fitted:
                assert fitted[copies[i][1]] == labels[i]
    assert all(final[copy] == labels[i] for i, copy in copies)
