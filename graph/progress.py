"""Progress events for the chat front end ("Checking your order..."), sent on LangGraph's `custom` stream.

A chat shows them while the reply is being prepared, so a customer waiting for an OMS lookup sees why.
Each event is `{"progress": stage, "text": what to show}`; callers that did not ask for `custom` get nothing.
"""

from __future__ import annotations

from langgraph.config import get_stream_writer

STAGES = {
    "searching": "Looking through our help center...",
    "checking_order": "Checking your order...",
    "writing": "Writing a reply...",
    "handing_off": "Passing you to a person on our team...",
}


def report_progress(stage: str) -> None:
    """Emit one progress event from inside a node; a no-op when the node runs outside a graph run."""
    try:
        writer = get_stream_writer()
    except RuntimeError:  # a node called directly (unit tests): nobody is listening
        return
    writer({"progress": stage, "text": STAGES[stage]})
