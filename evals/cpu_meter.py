"""CPU seconds spent by the agent, the OMS and PostgreSQL during a benchmark level.

Why: on a shared machine wall-clock throughput moves with whatever else runs, but the CPU a turn costs
each process barely does; CPU per turn says what the work is, and 2 cores / (CPU per turn) what an
idle machine could do at most. Read from /proc (Linux): utime + stime of each process of a group, plus
the CPU of its children already reaped (PostgreSQL backends that ended).
"""

from __future__ import annotations

import os
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_tree(root: int) -> list[int]:
    """root and all its descendants (uvicorn workers, langgraph dev's children, PostgreSQL backends)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # fields[11:15] = utime, stime, cutime, cstime (stat fields 14-17)
    return sum(int(v) for v in fields[11:15]) / _TICKS


def postmaster_pid(data_dir: Path) -> int | None:
    """The embedded PostgreSQL's postmaster (first line of postmaster.pid), None for an external one."""
    try:
        return int((data_dir / "pg" / "postmaster.pid").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None


class CpuMeter:
    """CPU seconds per named group of process trees between start() and stop(). The first group is the
    target: its tree minus the other groups' (an in-process bench starts the OMS as its own child).

    Walking /proc costs tens of milliseconds of the caller's CPU, which for an in-process target is the
    target's own: stop() reads the processes known at start() first and walks /proc only afterwards, for
    processes that appeared meanwhile (PostgreSQL backends a pool opened)."""

    def __init__(self, roots: dict[str, int | None]):
        self.roots = {name: pid for name, pid in roots.items() if pid}
        self._pids: dict[str, set[int]] = {}
        self._start: dict[int, float] = {}
        self.seconds: dict[str, float] = {}

    def _trees(self) -> dict[str, set[int]]:
        trees = {name: set(process_tree(pid)) for name, pid in self.roots.items()}
        names = list(trees)
        if names:
            trees[names[0]] -= set().union(*(trees[n] for n in names[1:]))
        return trees

    def start(self) -> CpuMeter:
        self._pids = self._trees()
        self._start = {pid: _cpu_s(pid) for pids in self._pids.values() for pid in pids}
        return self

    def stop(self) -> dict[str, float]:
        known = {pid: _cpu_s(pid) for pids in self._pids.values() for pid in pids}
        seconds = {name: sum(max(0.0, known[pid] - self._start[pid]) for pid in pids)
                   for name, pids in self._pids.items()}
        for name, pids in self._trees().items():  # new processes: all their CPU is from this interval
            seconds[name] = seconds.get(name, 0.0) + sum(_cpu_s(pid) for pid in pids - self._pids.get(name, set()))
        self.seconds = seconds
        return seconds
