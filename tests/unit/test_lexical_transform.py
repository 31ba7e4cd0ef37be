"""The turn's fast TF-IDF path gives FeatureUnion.transform's matrix, element for element."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import FunctionTransformer

from graph.reasoning.offline import lexical_transform

LEARNING = [
    "where is my order", "my order never arrived", "I want to return these shoes", "can I return a jacket",
    "refund to my gift card please", "how do I cancel my order", "cancel order NB108080", "do you ship to canada",
    "what size should I get", "the zipper broke after one week", "returns are free?", "order status please",
]
UNSEEN = [
    "Where is my parcel?? it was due monday", "je veux retourner ma veste", "", "zzzz qqqq", "cancel cancel cancel",
    "Olá, onde está o meu pedido NB108798?", "a" * 3000,
]


def _union(sublinear: bool = True, norm: str | None = "l2") -> FeatureUnion:
    union = FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=sublinear,
                                  norm=norm, max_features=500, dtype=np.float32)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1, sublinear_tf=sublinear,
                                  norm=norm, token_pattern=r"(?u)\b\w+\b", dtype=np.float32)),
    ])
    union.fit(LEARNING)
    return union


def _same(fast, slow) -> None:
    assert type(fast) is type(slow) and fast.dtype == slow.dtype and fast.shape == slow.shape
    fast, slow = sp.csr_matrix(fast), sp.csr_matrix(slow)
    assert np.array_equal(fast.indptr, slow.indptr)
    assert np.array_equal(fast.indices, slow.indices)
    assert np.array_equal(fast.data, slow.data)


def test_fast_path_equals_sklearn_for_the_models_vectorizer_settings():
    for union in (_union(), _union(sublinear=False), _union(norm=None), _union(norm="l1")):
        for texts in (UNSEEN, UNSEEN[:1], UNSEEN[2:4], LEARNING):
            _same(lexical_transform.transform(union, texts), union.transform(texts))


def test_anything_but_plain_tfidf_goes_through_sklearn():
    union = FeatureUnion([("words", TfidfVectorizer()), ("length", FunctionTransformer(lambda x: [[len(t)] for t in x]))])
    union.fit(LEARNING)
    assert not lexical_transform._plain(union)
    _same(lexical_transform.transform(union, UNSEEN[:2]), union.transform(UNSEEN[:2]))
