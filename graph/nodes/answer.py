"""answer: send the drafted reply to the customer and count the exchange (in the thread and in memory)."""

from __future__ import annotations

from langchain_core.messages import AIMessage
from langgraph.config import get_config
from langgraph.runtime import Runtime

from graph.config import SupportContext
from graph.memory import record_reply, update_profile
from graph.state import SupportState


async def answer(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    turn = dict(state.get("turn") or {})
    turn["route"] = "answer"
    if not turn.get("input_problem"):
        customer_id = state.get("customer_id")
        frustrated = bool(turn.get("frustrated"))
        await update_profile(runtime.store, customer_id, language=turn.get("language"), frustrated=frustrated)
        # Counted toward the frustration rule in this customer's later conversations (graph/memory.py).
        thread_id = str(get_config()["configurable"].get("thread_id", ""))
        await record_reply(runtime.store, customer_id, thread_id, frustrated=frustrated)
    return {
        "messages": [AIMessage(content=turn.get("draft", ""), name="support-agent")],
        "exchanges": state.get("exchanges", 0) + 1,
        "turn": turn,
    }
