"""How likely a message is a reply inside a conversation rather than an opening request, learned from the
ticket history: every later customer turn of a learning ticket (an order number sent when asked, "still
nothing", "the one with the parka", "thanks!") against every first message.

Why learn it: the dialogue rules (graph/dialogue/) recognise the forms of a detail reply, but customers
answer and follow up in more wordings than any list; the history shows them. The probability is one
input to the prior that a later turn continues the open topic (graph/dialogue/continuation.py); it never
decides alone, and a message that reports a problem is never folded into the topic whatever it says.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion

from graph.reasoning.offline import lexical_transform
from graph.reasoning.offline.text_features import normalise

FOLDS = 4


def _form(texts: list[str]) -> csr_matrix:
    """Length and question mark: a reply is short and rarely asks; an opener tells a story."""
    rows = [[np.log1p(len(t.split())) / 3.0, float("?" in t)] for t in texts]
    return csr_matrix(np.asarray(rows, dtype=np.float32))


def _features() -> FeatureUnion:
    return FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True,
                                  max_features=40_000, dtype=np.float32)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                  token_pattern=r"(?u)\b\w+\b", dtype=np.float32)),
    ])


def _matrix(features: FeatureUnion, texts: list[str], fit: bool):
    normalised = [normalise(t) for t in texts]
    words = features.fit_transform(normalised) if fit else lexical_transform.transform(features, normalised)
    return hstack([words, _form(texts)]).tocsr()


@dataclass
class ContinuationModel:
    features: FeatureUnion
    classifier: LogisticRegression
    metrics: dict = field(default_factory=dict)  # out-of-fold figures on the learning split

    @classmethod
    def train(cls, openers: list[str], replies: list[str], seed: int = 0) -> ContinuationModel:
        """Fit on first messages (0) and later customer turns (1); report out-of-fold accuracy per class."""
        if not openers or not replies:
            raise ValueError("Need first messages and later turns to learn what a reply looks like.")
        texts, labels = openers + replies, np.array([0] * len(openers) + [1] * len(replies))
        predicted = np.zeros(len(texts), dtype=int)
        folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
        for fit_rows, held_rows in folds.split(texts, labels):
            features = _features()
            matrix = _matrix(features, [texts[i] for i in fit_rows], fit=True)
            model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(matrix, labels[fit_rows])
            predicted[held_rows] = model.predict(_matrix(features, [texts[i] for i in held_rows], fit=False))
        metrics = {
            "openers": len(openers), "replies": len(replies),
            "oof_reply_recall": round(float((predicted[labels == 1] == 1).mean()), 4),
            "oof_opener_recall": round(float((predicted[labels == 0] == 0).mean()), 4),
        }
        features = _features()
        matrix = _matrix(features, texts, fit=True)
        classifier = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(matrix, labels)
        return cls(features, classifier, metrics)

    def probability(self, text: str) -> float:
        """P(reply inside a conversation | text), with openers and replies weighed equally."""
        return float(self.classifier.predict_proba(_matrix(self.features, [text], fit=False))[0, 1])
