"""The support graph, assembled top to bottom.

    classify ─┬─► retrieve ─► call_oms ─► draft ─► score ─┬─► answer   (END)
              │                  ▲           │            └─► escalate (END)
              │                  └───────────┘ tool loop (LLM engine only: the model's OMS tool calls)
              ├─► answer   (bad input, a sign-off, a bare yes/no with nothing pending: a clear reply)
              ├─► escalate (a safety concern, or a thread already with a person)
              ├─► confirm  (an order action awaits the customer's yes) ─┬─► answer / escalate
              │                                                        └─► retrieve (another request)
              ├─► verify   (a visitor sent e-mail + order number) ─► retrieve / answer / escalate (3rd miss)
              └─► END      (message already answered: a replayed run is a no-op)

`graph` is what langgraph.json serves (the server attaches its Postgres checkpointer and store);
`build_graph` compiles it for in-process use (CLI chat, evals, bench, tests).
"""

from __future__ import annotations

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.store.base import BaseStore

from graph.config import SupportContext
from graph.nodes.answer import answer
from graph.nodes.call_oms import call_oms
from graph.nodes.classify import classify
from graph.nodes.confirm import confirm
from graph.nodes.draft import draft
from graph.nodes.escalate import escalate
from graph.nodes.retrieve import retrieve
from graph.nodes.score import score
from graph.nodes.verify import verify
from graph.routing import (
    route_after_classify,
    route_after_confirm,
    route_after_draft,
    route_after_score,
    route_after_verify,
)
from graph.state import SupportInput, SupportState


def builder() -> StateGraph:
    # The input schema is the customer's messages only: nothing else a caller sends reaches the state.
    workflow = StateGraph(SupportState, input_schema=SupportInput, context_schema=SupportContext)
    workflow.add_node("classify", classify)
    workflow.add_node("retrieve", retrieve)
    workflow.add_node("call_oms", call_oms)
    workflow.add_node("draft", draft)
    workflow.add_node("score", score)
    workflow.add_node("answer", answer)
    workflow.add_node("escalate", escalate)
    workflow.add_node("confirm", confirm)
    workflow.add_node("verify", verify)

    workflow.add_edge(START, "classify")
    workflow.add_conditional_edges("classify", route_after_classify, ["retrieve", "answer", "escalate", "confirm", "verify", END])
    workflow.add_conditional_edges("confirm", route_after_confirm, ["retrieve", "answer", "escalate"])
    workflow.add_conditional_edges("verify", route_after_verify, ["retrieve", "answer", "escalate"])
    workflow.add_edge("retrieve", "call_oms")
    workflow.add_edge("call_oms", "draft")
    workflow.add_conditional_edges("draft", route_after_draft, ["call_oms", "score"])
    workflow.add_conditional_edges("score", route_after_score, ["answer", "escalate"])
    workflow.add_edge("answer", END)
    workflow.add_edge("escalate", END)
    return workflow


def build_graph(checkpointer: BaseCheckpointSaver | None = None, store: BaseStore | None = None):
    return builder().compile(checkpointer=checkpointer, store=store, name="support-agent")


graph = build_graph()
