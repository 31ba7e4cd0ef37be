"""`chat`: a terminal conversation with the local graph, showing intent, confidence and route per turn."""

from __future__ import annotations

import asyncio
import uuid

import typer
from rich.console import Console

console = Console()


async def _chat(customer_id: str | None, thread_id: str, engine: str | None) -> None:
    from graph.conversation import Conversations

    overrides = {"engine": engine} if engine else {}
    async with Conversations.open() as conversations:
        console.print(f"[dim]thread {thread_id} · customer {customer_id or '(not signed in)'} · Ctrl-D to quit[/dim]")
        while True:
            try:
                text = await asyncio.to_thread(console.input, "[bold]you> [/bold]")
            except (EOFError, KeyboardInterrupt):
                console.print()
                return
            result = await conversations.send(thread_id, text, customer_id, **overrides)
            console.print(f"[bold cyan]agent>[/bold cyan] {result.reply}")
            confidence = f"{result.confidence:.2f}" if result.confidence is not None else "-"
            reasons = f" · reasons: {', '.join(result.reasons)}" if result.reasons else ""
            handoff = f" · handoff #{result.handoff_id}" if result.handoff_id else ""
            console.print(
                f"[dim]intent: {result.intent or '-'} · confidence: {confidence} · route: {result.route}"
                f"{reasons}{handoff} · {result.latency_s * 1000:.0f} ms[/dim]"
            )


async def _ask(text: str, customer_id: str | None, thread_id: str, engine: str | None) -> dict:
    from graph.conversation import Conversations

    overrides = {"engine": engine} if engine else {}
    async with Conversations.open() as conversations:
        result = await conversations.send(thread_id, text, customer_id, **overrides)
    turn = result.state.get("turn") or {}
    return {
        "thread_id": thread_id,
        "reply": result.reply,
        "intent": result.intent,
        "confidence": result.confidence,
        "route": result.route,
        "reasons": result.reasons,
        "citations": turn.get("citations") or [],
        "handoff_id": result.handoff_id,
        "exchanges": result.state.get("exchanges"),
    }


def register(app: typer.Typer) -> None:
    @app.command()
    def ask(
        text: str = typer.Argument(..., help="The customer's message."),
        customer: str = typer.Option(None, help="Customer id to sign in as."),
        thread: str = typer.Option(None, help="Conversation thread to continue (default: a new one)."),
        engine: str = typer.Option(None, help="Reasoning engine: offline or openai."),
    ) -> None:
        """Send one message and print the agent's turn as JSON (for scripts)."""
        import json

        typer.echo(json.dumps(asyncio.run(_ask(text, customer, thread or str(uuid.uuid4()), engine)), indent=2))

    @app.command()
    def chat(
        customer: str = typer.Option(None, help="Customer id to sign in as (e.g. one from the demo store)."),
        thread: str = typer.Option(None, help="Continue an existing conversation thread."),
        engine: str = typer.Option(None, help="Reasoning engine: offline or openai."),
    ) -> None:
        """Talk to the agent in the terminal (needs the demo OMS running: `support-agent oms` or `make run`)."""
        asyncio.run(_chat(customer, thread or str(uuid.uuid4()), engine))
