"""What an import did, row by row accounted for: nothing is dropped without a reason on record."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None  # 1-based; None when the whole file is unreadable
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"


class RowError(ValueError):
    """A row that cannot be imported; the message is shown to the user."""


@dataclass
class IngestReport:
    kind: str  # 'help_center' | 'tickets'
    files: int = 0
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def skip(self, file: Path | str, line: int | None, reason: str) -> None:
        self.skipped.append(Problem(str(file), line, reason))

    def count(self, outcome: str) -> None:
        """outcome: 'inserted' | 'updated' | 'unchanged'."""
        setattr(self, outcome, getattr(self, outcome) + 1)

    def skip_reasons(self) -> Counter[str]:
        """Skipped rows grouped by reason (without the detail after the first colon)."""
        return Counter(p.reason.split(":")[0] for p in self.skipped)
