"""Intent classifier trained on the learning split, with calibrated probabilities.

Character n-grams (robust to typos, slang and other languages) plus word n-grams feed a logistic
regression; CalibratedClassifierCV makes the probability honest, because it is the confidence the
escalation policy compares with 0.7.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from graph.reasoning.offline.text_features import normalise


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=120_000)),
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")),
        ]
    )


@dataclass
class IntentModel:
    pipeline: Pipeline
    classes: list[str]

    @classmethod
    def train(cls, texts: list[str], labels: list[str], seed: int = 0) -> IntentModel:
        if len(set(labels)) < 2:
            raise ValueError("Need at least two intents in the learning split to train an intent model.")
        base = LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced", random_state=seed)
        counts = np.unique(labels, return_counts=True)[1]
        folds = int(max(2, min(5, counts.min())))
        pipeline = Pipeline(
            [("features", _features()), ("classifier", CalibratedClassifierCV(base, method="sigmoid", cv=folds))]
        )
        pipeline.fit([normalise(t) for t in texts], labels)
        return cls(pipeline=pipeline, classes=list(pipeline.classes_))

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return self.pipeline.predict_proba([normalise(t) for t in texts])

    def predict(self, text: str) -> tuple[str, float]:
        probs = self.predict_proba([text])[0]
        best = int(np.argmax(probs))
        return self.classes[best], float(probs[best])

    def top(self, text: str, k: int = 3) -> list[tuple[str, float]]:
        probs = self.predict_proba([text])[0]
        order = np.argsort(probs)[::-1][:k]
        return [(self.classes[i], float(probs[i])) for i in order]
