"""Intent classifier trained on the learning split, with calibrated probabilities.

Features: character n-grams (robust to typos, slang, @handles and other languages) plus word n-grams,
over text normalised by `text_features.normalise` (links, handles, order numbers, amounts, emoji and
stretched letters reduced to placeholders). Augmenting training with roughened copies (typos, dropped
words, cut-short sentences) was tried and lowered accuracy on tests/fixtures/real_style_messages.jsonl
(78.7% -> 73.8%) while doubling training time, so it is not used. MiniLM sentence embeddings as extra
features were tried too: 72% on the real-style set alone, and embedding the learning split costs more
than the whole training budget; embedding evidence enters instead through the similar past tickets
the graph retrieves anyway (see engine.assess).

Classifier: a linear SVM (fast, strong on sparse text). Its margins become probabilities by
temperature scaling, fitted on out-of-fold margins of the learning split only (k-fold: every
learning ticket is scored by a model that did not see it). The probability is what the escalation
policy compares with 0.7, so it must be honest: measured by ECE on the held-out test split in
`python -m evals.learning_report`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from graph.reasoning.offline.text_features import normalise

CALIBRATION_FOLDS = 4
SVM_C = 0.25


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(2, 5),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=80_000,
                    dtype=np.float32,
                ),
            ),
            (
                "words",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    min_df=2,
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w+\b",
                    dtype=np.float32,
                ),
            ),
        ]
    )


def _fit(texts: list[str], labels: list[str], seed: int) -> tuple[FeatureUnion, LinearSVC]:
    features = _features()
    matrix = features.fit_transform([normalise(t) for t in texts])
    classifier = LinearSVC(C=SVM_C, class_weight="balanced", random_state=seed).fit(matrix, labels)
    return features, classifier


def fit_temperature(margins: np.ndarray, truth: np.ndarray) -> float:
    """The temperature T that minimises the negative log-likelihood of softmax(margins / T)."""

    def nll(log_t: float) -> float:
        return float(-log_softmax(margins / np.exp(log_t), axis=1)[np.arange(len(truth)), truth].mean())

    found = minimize_scalar(nll, bounds=(-6.0, 3.0), method="bounded")
    return float(np.exp(found.x))


def expected_calibration_error(probs: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """ECE over equal-width confidence bins of the top probability."""
    confidence = probs.max(axis=1) if probs.ndim == 2 else probs
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.mean() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(total)


@dataclass
class IntentModel:
    features: FeatureUnion
    classifier: LinearSVC
    classes: list[str]
    temperature: float
    calibration: dict = field(default_factory=dict)  # out-of-fold figures on the learning split

    @classmethod
    def train(cls, texts: list[str], labels: list[str], seed: int = 0) -> IntentModel:
        """Fit on the learning texts; temperature from k-fold out-of-fold margins of the same texts."""
        if len(set(labels)) < 2:
            raise ValueError("Need at least two intents in the learning split to train an intent model.")
        classes = sorted(set(labels))
        index = {c: i for i, c in enumerate(classes)}
        truth = np.array([index[label] for label in labels])
        counts = np.bincount(truth)
        folds = int(max(2, min(CALIBRATION_FOLDS, counts.min())))
        margins = np.zeros((len(texts), len(classes)), dtype=np.float64)
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        for fold, (fit_rows, held_rows) in enumerate(splitter.split(texts, truth)):
            features, classifier = _fit(
                [texts[i] for i in fit_rows], [labels[i] for i in fit_rows], seed + fold
            )
            scores = _margins(features, classifier, [texts[i] for i in held_rows], classes)
            margins[held_rows] = scores
        temperature = fit_temperature(margins, truth)
        probs = softmax(margins / temperature, axis=1)
        correct = probs.argmax(axis=1) == truth
        calibration = {
            "folds": folds,
            "temperature": round(temperature, 5),
            "oof_accuracy": round(float(correct.mean()), 4),
            "oof_ece": round(expected_calibration_error(probs, correct), 4),
        }
        features, classifier = _fit(list(texts), list(labels), seed)
        return cls(features, classifier, classes, temperature, calibration)

    def margins(self, texts: list[str]) -> np.ndarray:
        return _margins(self.features, self.classifier, texts, self.classes)

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.classes)))
        return softmax(self.margins(texts) / self.temperature, axis=1)

    def predict(self, text: str) -> tuple[str, float]:
        probs = self.predict_proba([text])[0]
        best = int(np.argmax(probs))
        return self.classes[best], float(probs[best])

    def top(self, text: str, k: int = 3) -> list[tuple[str, float]]:
        probs = self.predict_proba([text])[0]
        order = np.argsort(probs)[::-1][:k]
        return [(self.classes[i], float(probs[i])) for i in order]


def _margins(
    features: FeatureUnion, classifier: LinearSVC, texts: list[str], classes: list[str]
) -> np.ndarray:
    scores = classifier.decision_function(features.transform([normalise(t) for t in texts]))
    if scores.ndim == 1:  # two classes: one margin for the positive class
        scores = np.column_stack([-scores, scores]) / 2
    order = [list(classifier.classes_).index(c) for c in classes]
    return np.asarray(scores)[:, order]
