"""answer: send the drafted reply to the customer and count the exchange."""

from __future__ import annotations

from langchain_core.messages import AIMessage
from langgraph.runtime import Runtime

from graph.config import SupportContext
from graph.identity import NOT_COUNTED_PROBLEMS
from graph.memory import update_profile
from graph.state import SupportState


async def answer(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    turn = dict(state.get("turn") or {})
    turn["route"] = "answer"
    if not turn.get("input_problem"):
        await update_profile(
            runtime.store, state.get("customer_id"), language=turn.get("language"), frustrated=bool(turn.get("frustrated"))
        )
    return {
        "messages": [AIMessage(content=turn.get("draft", ""), name="support-agent")],
        # An identity error (or a refused replay) is not an agent reply: it must not count as one.
        "exchanges": state.get("exchanges", 0) + int(turn.get("input_problem") not in NOT_COUNTED_PROBLEMS),
        "turn": turn,
    }
