"""Intent classifier trained on the learning split, with calibrated probabilities.

Why these features: a model that only sees the generated history's words learns the generator's habits
(99.7% on its own test split, ~45% on real customer messages). Three views that transfer better are
stacked into one linear model:
- lexical: character n-grams (robust to typos, slang, @handles, other languages) plus word n-grams over
  text normalised by `text_features.normalise` (links, handles, order numbers, amounts, emoji reduced
  to placeholders);
- meaning: the local MiniLM sentence embedding of the message, which places unseen wordings near
  the intents they mean;
- prototypes: cosine of that embedding to each intent's centroid of hand-written descriptions
  (prototypes.py), a view that does not come from the generator at all; the prototype sentences
  also join the learning examples with a small weight.

Classifier: a linear SVM; its margins become probabilities by temperature scaling fitted on
out-of-fold margins of the learning split only (k-fold: each learning ticket scored by a model that did
not see it). The probability is what the escalation policy compares with 0.7; its calibration is
measured on the held-out split (`python -m evals.learning_report`) and on real messages
(`support-agent eval-messages`).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.sparse import csr_matrix, hstack
from scipy.special import log_softmax, softmax
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from graph.reasoning.glossary import english_reading
from graph.reasoning.offline import lexical_transform
from graph.reasoning.offline.prototypes import PROTOTYPES
from graph.reasoning.offline.text_features import normalise

CALIBRATION_FOLDS = 4
SVM_C = 0.1
EMBEDDING_WEIGHT = 1.0
PROTOTYPE_WEIGHT = 3.0
PROTOTYPE_REPEATS = 5  # each prototype sentence counts as this many learning examples
FIT_WORKERS = 2  # fits side by side when training on a full history (processes: the fits hold the GIL)
PARALLEL_FROM = 1000  # fewer learning texts than this: a worker's start-up costs more than it saves

Encoder = Callable[[list[str]], np.ndarray]


def _lexical() -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                    max_features=80_000, dtype=np.float32,
                ),
            ),
            (
                "words",
                TfidfVectorizer(
                    analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                    token_pattern=r"(?u)\b\w+\b", dtype=np.float32,
                ),
            ),
        ]
    )


def _default_encoder(texts: list[str]) -> np.ndarray:
    from tools.knowledge.query_vectors import minilm_vectors

    return minilm_vectors(texts)


def prototype_centroids(classes: list[str], encode: Encoder) -> np.ndarray:
    """One unit vector per class: the mean embedding of its prototype sentences (zeros if it has none)."""
    centroids = np.zeros((len(classes), 0), dtype=np.float32)
    rows = []
    for name in classes:
        sentences = PROTOTYPES.get(name) or []
        if sentences:
            mean = encode(sentences).mean(axis=0)
            rows.append(mean / (np.linalg.norm(mean) or 1.0))
        else:
            rows.append(None)
    width = next((len(r) for r in rows if r is not None), 0)
    centroids = np.stack([r if r is not None else np.zeros(width, np.float32) for r in rows])
    return centroids.astype(np.float32)


@dataclass
class _Fitted:
    lexical: FeatureUnion
    classifier: LinearSVC

    def margins(self, matrix, classes: list[str]) -> np.ndarray:
        return self._ordered(self.classifier.decision_function(matrix), classes)

    def live_margins(self, texts: list[str], vectors: np.ndarray, centroids: np.ndarray,
                     classes: list[str]) -> np.ndarray:
        """margins(_matrix(...)) for a turn's few texts, block by block: the TF-IDF rows times the lexical
        columns of the weights plus the dense features times the rest, without stacking a sparse matrix
        and without decision_function's input checks. Same sums in another order (differences ~1e-15);
        1.45 -> 0.89 ms per two held-out messages on the shared 2-core machine."""
        words = _lexical_rows(self.lexical, texts)
        lexical_weights, dense_weights = _weight_blocks(self.classifier, words.shape[1])
        dense = _dense_features(vectors, centroids)
        scores = np.asarray(words @ lexical_weights) + dense @ dense_weights + self.classifier.intercept_
        return self._ordered(scores[:, 0] if scores.shape[1] == 1 else scores, classes)

    def _ordered(self, scores: np.ndarray, classes: list[str]) -> np.ndarray:
        if scores.ndim == 1:  # two classes: one margin for the positive class
            scores = np.column_stack([-scores, scores]) / 2
        order = [list(self.classifier.classes_).index(c) for c in classes]
        return np.asarray(scores)[:, order]


# A fitted classifier's weights split into the lexical and the dense columns, transposed once per process
# (kept beside the model, not in it: the model is pickled into the database).
_WEIGHT_BLOCKS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _weight_blocks(classifier: LinearSVC, lexical_width: int) -> tuple[np.ndarray, np.ndarray]:
    found = _WEIGHT_BLOCKS.get(classifier)
    if found is None or found[0].shape[0] != lexical_width:
        coef = classifier.coef_
        found = (np.ascontiguousarray(coef[:, :lexical_width].T), np.ascontiguousarray(coef[:, lexical_width:].T))
        _WEIGHT_BLOCKS[classifier] = found
    return found


def _dense_features(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """The embedding and its similarity to each intent's prototypes, weighted, as float32 columns."""
    return np.hstack([vectors * EMBEDDING_WEIGHT, (vectors @ centroids.T) * PROTOTYPE_WEIGHT]).astype(np.float32)


def _lexical_rows(lexical: FeatureUnion, texts: list[str]):
    """The fitted TF-IDF rows of the texts (normalised as in training)."""
    return lexical_transform.transform(lexical, [normalise(t) for t in texts])


def _matrix(lexical: FeatureUnion, texts: list[str], vectors: np.ndarray, centroids: np.ndarray, fit: bool):
    words = lexical.fit_transform([normalise(t) for t in texts]) if fit else _lexical_rows(lexical, texts)
    return hstack([words, csr_matrix(_dense_features(vectors, centroids))]).tocsr()


def _fit(texts: list[str], vectors: np.ndarray, labels: list[str], centroids: np.ndarray, seed: int) -> _Fitted:
    lexical = _lexical()
    matrix = _matrix(lexical, texts, vectors, centroids, fit=True)
    classifier = LinearSVC(C=SVM_C, class_weight="balanced", random_state=seed).fit(matrix, labels)
    return _Fitted(lexical, classifier)


def _fit_and_score(texts: list[str], vectors: np.ndarray, labels: list[str], centroids: np.ndarray, seed: int,
                   held_texts: list[str] | None = None, held_vectors: np.ndarray | None = None,
                   classes: list[str] | None = None):
    """One fit: the fitted model, or (a calibration fold) its margins on the texts it held out."""
    fitted = _fit(texts, vectors, labels, centroids, seed)
    if held_texts is None:
        return fitted
    return fitted.margins(_matrix(fitted.lexical, held_texts, held_vectors, centroids, fit=False), classes)


def _run_fits(jobs: list, workers: int) -> list:
    """The fold fits and the final fit are independent: on a 2-core machine two run at once (the first start
    trains right after the indexer has finished with the other core). Same seeds, same models either way."""
    if workers <= 1:
        return [function(*args, **kwargs) for function, args, kwargs in jobs]
    # A pool of our own, closed when the fits are done: joblib's reusable loky workers outlived a trainer that
    # runs in a process of its own (the first start's) and hung its exit.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(function, *args, **kwargs) for function, args, kwargs in jobs]
        return [future.result() for future in futures]


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


def _glossed(texts: list[str], vectors: np.ndarray | None, encode: Encoder) -> tuple[list[str], np.ndarray | None]:
    """Texts in another of the brand's languages replaced by their English gloss (glossary/); given vectors
    keep their rows for the texts left as they were and are encoded afresh for the glossed ones."""
    glossed = [english_reading(text) for text in texts]
    changed = [i for i, (old, new) in enumerate(zip(texts, glossed, strict=True)) if old != new]
    if changed and vectors is not None:
        vectors = np.array(vectors, dtype=np.float32, copy=True)
        vectors[changed] = encode([glossed[i] for i in changed])
    return glossed, vectors


@dataclass
class IntentModel:
    fitted: _Fitted
    classes: list[str]
    temperature: float
    centroids: np.ndarray
    calibration: dict = field(default_factory=dict)  # out-of-fold figures on the learning split
    reads_glosses: bool = False  # reads a message in another of the brand's languages by its English gloss

    @classmethod
    def train(
        cls, texts: list[str], labels: list[str], seed: int = 0, vectors: np.ndarray | None = None,
        encode: Encoder = _default_encoder, copies: list[tuple[int, str]] | None = None,
        copy_vectors: np.ndarray | None = None,
    ) -> IntentModel:
        """Fit on the learning texts (+ prototypes); temperature from k-fold out-of-fold margins.

        `vectors` are the texts' MiniLM embeddings when the caller has them (the index computed them);
        else they are encoded here. `copies` are (index of the original, text) learning copies
        (product_swap): each takes its original's label and is fitted only in the folds that fit its
        original, so no held-out message is scored by a model that saw its copy."""
        if len(set(labels)) < 2:
            raise ValueError("Need at least two intents in the learning split to train an intent model.")
        texts, vectors = _glossed(list(texts), vectors, encode)
        if copies:
            glossed_copies, copy_vectors = _glossed([text for _, text in copies], copy_vectors, encode)
            copies = [(original, text) for (original, _), text in zip(copies, glossed_copies, strict=True)]
        classes = sorted(set(labels) | {name for name in PROTOTYPES if name in set(labels) or name == "out_of_scope"})
        centroids = prototype_centroids(classes, encode)
        vectors = encode(list(texts)) if vectors is None else np.asarray(vectors, dtype=np.float32)
        proto_texts = [t for name in classes for t in PROTOTYPES.get(name, [])] * PROTOTYPE_REPEATS
        proto_labels = [name for name in classes for _ in PROTOTYPES.get(name, [])] * PROTOTYPE_REPEATS
        proto_vectors = encode(proto_texts) if proto_texts else np.zeros((0, vectors.shape[1]), np.float32)
        copies = copies or []
        copy_texts = [text for _, text in copies]
        copy_of = np.array([original for original, _ in copies], dtype=int)
        copy_labels = [labels[original] for original, _ in copies]
        if copy_vectors is None:
            copy_vectors = encode(copy_texts) if copies else np.zeros((0, vectors.shape[1]), np.float32)

        index = {c: i for i, c in enumerate(classes)}
        truth = np.array([index[label] for label in labels])
        counts = np.bincount(truth, minlength=len(classes))
        folds = int(max(2, min(CALIBRATION_FOLDS, counts[counts > 0].min())))
        margins = np.zeros((len(texts), len(classes)), dtype=np.float64)
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        splits = list(splitter.split(texts, truth))
        # the final fit first: it is the longest, and with two workers the folds fill the other one
        jobs = [(_fit_and_score, (
            list(texts) + copy_texts + proto_texts, np.vstack([vectors, copy_vectors, proto_vectors]),
            list(labels) + copy_labels + proto_labels, centroids, seed), {})]
        for fold, (fit_rows, held_rows) in enumerate(splits):
            fitted_copies = np.flatnonzero(np.isin(copy_of, fit_rows))
            jobs.append((_fit_and_score, (
                [texts[i] for i in fit_rows] + [copy_texts[i] for i in fitted_copies] + proto_texts,
                np.vstack([vectors[fit_rows], copy_vectors[fitted_copies], proto_vectors]),
                [labels[i] for i in fit_rows] + [copy_labels[i] for i in fitted_copies] + proto_labels,
                centroids, seed + fold, [texts[i] for i in held_rows], vectors[held_rows], classes), {}))
        workers = FIT_WORKERS if len(texts) >= PARALLEL_FROM else 1
        fitted, *fold_margins = _run_fits(jobs, workers)
        for (_, held_rows), held_margins in zip(splits, fold_margins, strict=True):
            margins[held_rows] = held_margins
        temperature = fit_temperature(margins, truth)
        probs = softmax(margins / temperature, axis=1)
        correct = probs.argmax(axis=1) == truth
        calibration = {
            "folds": folds,
            "temperature": round(temperature, 5),
            "oof_accuracy": round(float(correct.mean()), 4),
            "oof_ece": round(expected_calibration_error(probs, correct), 4),
        }
        return cls(fitted, classes, temperature, centroids, calibration, reads_glosses=True)

    def margins(self, texts: list[str], vectors: np.ndarray | None = None) -> np.ndarray:
        if getattr(self, "reads_glosses", False):  # a model pickled before glosses reads texts as they are
            texts, vectors = _glossed(list(texts), vectors, _default_encoder)
        vectors = _default_encoder(texts) if vectors is None else vectors
        return self.fitted.live_margins(texts, vectors, self.centroids, self.classes)

    def predict_proba(self, texts: list[str], vectors: np.ndarray | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.classes)))
        return softmax(self.margins(texts, vectors) / self.temperature, axis=1)

    def predict(self, text: str) -> tuple[str, float]:
        probs = self.predict_proba([text])[0]
        best = int(np.argmax(probs))
        return self.classes[best], float(probs[best])

    def distribution(self, text: str) -> dict[str, float]:
        """P(intent | text) for every class."""
        return dict(zip(self.classes, (float(p) for p in self.predict_proba([text])[0]), strict=True))

    def top(self, text: str, k: int = 3) -> list[tuple[str, float]]:
        probs = self.predict_proba([text])[0]
        order = np.argsort(probs)[::-1][:k]
        return [(self.classes[i], float(probs[i])) for i in order]
