"""The engine's prompts: versioned Markdown files beside this module, one per task, with the intent
taxonomy and the store policy rendered from the code that enforces them (graph/intents.py,
graph/policy.py, tools/oms/actions), so a prompt never drifts from the rules by hand-copying.

A prompt's id (e.g. "draft.v1") is recorded with every turn's model usage, so an eval run says which
prompts it measured. A new version is a new file; the old one stays for comparison.
"""

from __future__ import annotations

import inspect
from functools import lru_cache
from pathlib import Path

from core.settings import Settings
from graph import policy
from graph.intents import ACTIONS_REQUIRING_HUMAN, INTENTS
from graph.reasoning.safety import CATEGORIES
from tools.oms.actions import TOOLS

PROMPTS_DIR = Path(__file__).resolve().parent / "prompts"
VERSIONS = {"classify": "classify.v1", "draft": "draft.v1", "assess": "assess.v1"}
BRAND = "Northbound"


@lru_cache(maxsize=8)
def template(prompt_id: str) -> str:
    return (PROMPTS_DIR / f"{prompt_id}.md").read_text(encoding="utf-8")


def intent_taxonomy() -> str:
    """One line per intent of graph/intents.py: name, tier, what it covers."""
    lines = []
    for intent in INTENTS.values():
        who = "the agent answers" if intent.tier == 1 else "always a person"
        lines.append(f"- `{intent.name}` (tier {intent.tier}, {who}): {intent.description}")
    return "\n".join(lines)


def _first_paragraph(function) -> str:
    return " ".join((inspect.getdoc(function) or function.__name__).split("\n\n")[0].split())


def policy_text(settings: Settings) -> str:
    """The escalation rules of graph/policy.py in the order they apply, with this deployment's numbers."""
    numbers = {
        "refund_over_limit": f" (limit: ${settings.refund_limit:.2f})",
        "low_confidence": f" (threshold: {settings.confidence_threshold})",
        "frustrated_after_exchanges": f" (after {settings.frustrated_after_replies} replies)",
    }
    return "\n".join(f"- {_first_paragraph(rule)}{numbers.get(rule.__name__, '')}" for rule in policy.RULES)


def render(task: str, settings: Settings, **slots: str) -> tuple[str, str]:
    """(prompt id, system prompt) for a task, its taxonomy and policy filled in from code."""
    prompt_id = VERSIONS[task]
    values = {
        "brand": BRAND,
        "intent_taxonomy": intent_taxonomy(),
        "intent_names": ", ".join(INTENTS),
        "policy": policy_text(settings),
        "actions": ", ".join(TOOLS),
        "human_actions": ", ".join(sorted(a.replace("_", " ") for a in ACTIONS_REQUIRING_HUMAN)),
        "safety_categories": ", ".join(CATEGORIES),
        "language": "en",
        **slots,
    }
    return prompt_id, template(prompt_id).format(**values)
