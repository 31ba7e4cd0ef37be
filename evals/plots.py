"""The two pictures of an eval report: the intent confusion matrix and the reliability diagram."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, never a window (CI, servers)
import matplotlib.pyplot as plt  # noqa: E402


def confusion_counts(pairs: list[tuple[str, str]]) -> tuple[list[str], list[list[int]]]:
    """(labels, matrix[reference][predicted]) from (reference, predicted) pairs; labels sorted."""
    labels = sorted({r for r, _ in pairs} | {p for _, p in pairs})
    counts = Counter(pairs)
    return labels, [[counts[(r, p)] for p in labels] for r in labels]


def confusion_png(pairs: list[tuple[str, str]], path: Path) -> Path:
    labels, matrix = confusion_counts(pairs)
    # Row-normalised shading so rare intents are as visible as common ones; the cells show raw counts.
    shaded = [[c / (sum(row) or 1) for c in row] for row in matrix]
    size = max(6.0, 0.42 * len(labels) + 2)
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    image = ax.imshow(shaded, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            if count:
                ax.text(
                    j,
                    i,
                    str(count),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if shaded[i][j] > 0.6 else "black",
                )
    ax.set_xlabel("predicted intent (first turn)")
    ax.set_ylabel("reference intent (historical ticket)")
    ax.set_title("Intent confusion matrix (colour: share of the reference row)")
    fig.colorbar(image, ax=ax, fraction=0.03)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def reliability_png(bins: list[dict], ece: float | None, path: Path) -> Path:
    """Accuracy against mean confidence per bin; marker area shows how many tickets fall in the bin."""
    fig, ax = plt.subplots(figsize=(6, 6))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    if bins:
        xs = [b["mean_confidence"] for b in bins]
        ys = [b["accuracy"] for b in bins]
        total = sum(b["count"] for b in bins)
        ax.plot(xs, ys, marker="o", color="tab:blue", label="agent")
        ax.scatter(xs, ys, s=[2000 * b["count"] / total for b in bins], alpha=0.25, color="tab:blue")
        for b in bins:
            ax.annotate(
                str(b["count"]),
                (b["mean_confidence"], b["accuracy"]),
                textcoords="offset points",
                xytext=(6, -12),
                fontsize=8,
            )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("first-turn confidence (bin mean)")
    ax.set_ylabel("share correct (intent and facts right)")
    ax.set_title(f"Reliability (10 bins), ECE = {ece:.3f}" if ece is not None else "Reliability: no data")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
