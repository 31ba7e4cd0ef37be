"""`run`, `prepare`, `learn`, `token`, `staff-token`, `queue`: operate the service from the terminal."""

from __future__ import annotations

import json
import time

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def _demo_example(settings) -> tuple[str, str] | None:
    """A demo customer with an order in transit, to make the first curl meaningful."""
    from db.connection import connect

    with connect(settings) as conn:
        row = conn.execute(
            """SELECT o.customer_id, o.id FROM orders o JOIN shipments s ON s.order_id = o.id
               WHERE s.status = 'in_transit' ORDER BY o.placed_at DESC LIMIT 1"""
        ).fetchone()
    return (row[0], row[1]) if row else None


def _print_bootstrap(report) -> None:
    table = Table(title="Prepared")
    for column in ("step", "seconds", "result"):
        table.add_column(column)
    for step in report.steps:
        table.add_row(step.name, f"{step.seconds:.1f}", step.detail[:120])
    console.print(table)


def register(app: typer.Typer) -> None:
    @app.command()
    def prepare(demo: bool = typer.Option(True, help="Seed the demo store if the database is empty.")) -> None:
        """Migrate, seed the demo store, index knowledge and train the engine (each only if needed)."""
        from service.bootstrap import prepare as do_prepare

        _print_bootstrap(do_prepare(seed_demo=demo, progress=lambda m: console.print(f"[dim]{m}[/dim]")))

    @app.command()
    def learn(force: bool = typer.Option(False, help="Retrain even if the learning data did not change.")) -> None:
        """Train the offline engine on the learning split of the ticket history."""
        from db.connection import connect
        from graph.reasoning.offline.training import train_offline_engine
        from graph.reasoning.registry import reset_reasoners

        started = time.perf_counter()
        with connect() as conn:
            report = train_offline_engine(conn, force=force)
        reset_reasoners()
        parts = (("Intent model", report.intent_model), ("Playbook", report.playbook),
                 ("Continuation model", report.continuation))
        for name, part in parts:
            if part is None:
                continue
            state = f"trained version {part.version}" if part.trained else "already up to date"
            console.print(f"{name}: {state}.")
        console.print(
            f"Learned from {report.examples} learning-split tickets, {report.intents} intents "
            f"({time.perf_counter() - started:.1f}s). Restart a running server to load the new version."
        )
        from cli.learning import playbook_table
        from graph.reasoning.offline.model_store import load_latest
        from graph.reasoning.offline.playbook import PLAYBOOK

        with connect() as conn:
            book, version, _ = load_latest(conn, PLAYBOOK)
        console.print(playbook_table(book, version))

    @app.command()
    def token(
        subject: str = typer.Argument(..., help="Customer id (or, with --staff, the staff member's name)."),
        staff: bool = typer.Option(False, help="A staff token: reads conversations with an open handoff only."),
        ttl_hours: float = typer.Option(None, help="Lifetime (default TOKEN_TTL_S, at most TOKEN_MAX_TTL_S)."),
    ) -> None:
        """Print a signed token; clients send it as the header `Authorization: Bearer <token>`."""
        from core.identity import sign_customer, sign_staff

        sign = sign_staff if staff else sign_customer
        try:
            typer.echo(sign(subject, ttl_s=int(ttl_hours * 3600) if ttl_hours else None))
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc

    @app.command("staff-token")
    def staff_token(
        name: str = typer.Argument(..., help="The staff member's name (shown on their replies and claims)."),
        ttl_hours: float = typer.Option(None, help="Lifetime (default TOKEN_TTL_S, at most TOKEN_MAX_TTL_S)."),
    ) -> None:
        """Print a staff token for the handoff inbox (`/inbox`, `/inbox/api/...`)."""
        from core.identity import sign_staff

        try:
            typer.echo(sign_staff(name, ttl_s=int(ttl_hours * 3600) if ttl_hours else None))
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc

    @app.command()
    def queue(status: str = "open", limit: int = 20) -> None:
        """Show the human handoff queue."""
        import asyncio

        from tools.handoff import list_queue

        rows = asyncio.run(list_queue(status, limit))
        table = Table(title=f"Handoffs ({status})")
        for column in ("id", "priority", "customer", "orders", "intent", "reasons", "summary"):
            table.add_column(column)
        for row in rows:
            table.add_row(
                str(row["id"]), row["priority"], row["customer_id"] or "-", ",".join(row["order_ids"]),
                row["intent"] or "-", ",".join(row["reasons"]), row["summary"][:80],
            )
        console.print(table)

    @app.command()
    def run(
        demo: bool = typer.Option(True, help="Seed the demo store if the database is empty."),
        workers: int = typer.Option(None, help="Worker processes of the graph API (default SERVE_WORKERS)."),
    ) -> None:
        """Prepare the database, then serve the demo OMS and the graph API (`serve`) until Ctrl-C."""
        from core.settings import get_settings
        from service.bootstrap import prepare as do_prepare
        from service.processes import start_api, start_oms

        settings = get_settings()
        _print_bootstrap(do_prepare(settings, seed_demo=demo, progress=lambda m: console.print(f"[dim]{m}[/dim]")))
        log_dir = settings.data_dir / "logs"

        def oms():
            console.print(f"Starting the demo OMS on {settings.resolved_oms_url} …")
            return start_oms(settings, log_dir)

        def api():
            console.print(f"Starting the graph API (support-agent serve) on http://{settings.host}:{settings.api_port} …")
            return start_api(settings, log_dir, workers=workers)

        services = start_all([oms, api])
        if services is None:
            return
        base = f"http://{settings.host}:{settings.api_port}"
        console.rule("[bold green]Support agent is running")
        console.print(f"Graph API:  {base}   (graph id: support; logs in {log_dir})")
        console.print("Studio:     support-agent studio   (langgraph dev, same graph and auth)")
        console.print(f"Demo OMS:   {settings.resolved_oms_url}/docs")
        try:
            _print_first_message(settings, base)
        except KeyboardInterrupt:
            stop_all(services)
            return
        console.print("Chat in the terminal: support-agent chat   ·   handoff queue: support-agent queue")
        _supervise(services)

    @app.command()
    def studio(reload: bool = typer.Option(False, help="Reload the dev server when code changes.")) -> None:
        """Serve the graph with `langgraph dev` on STUDIO_PORT for LangGraph Studio (plus the demo OMS)."""
        from core.identity import sign_staff
        from core.settings import get_settings
        from evals.services import oms_healthy
        from service.processes import start_oms, start_studio

        settings = get_settings()
        log_dir = settings.data_dir / "logs"
        starters = [] if oms_healthy(settings.resolved_oms_url) else [lambda: start_oms(settings, log_dir)]
        services = start_all([*starters, lambda: start_studio(settings, log_dir, reload=reload)])
        if services is None:
            return
        base = f"http://{settings.host}:{settings.studio_port}"
        console.rule("[bold green]langgraph dev is running")
        console.print(f"Studio: https://smith.langchain.com/studio/?baseUrl={base}")
        console.print(f"Staff token for Studio's Authorization header: Bearer {sign_staff('studio')}", soft_wrap=True)
        _supervise(services)


def _print_first_message(settings, base: str) -> None:
    from core.identity import sign_customer

    example = _demo_example(settings)
    if not example:
        return
    customer_id, order_id = example
    body = {
        "assistant_id": "support",
        "input": {"messages": [{"role": "user", "content": f"where is my order {order_id}?"}]},
        "if_not_exists": "create",
    }
    console.print("First message (customer " + customer_id + "):")
    console.print(
        f"  curl -s {base}/threads/$(cat /proc/sys/kernel/random/uuid)/runs/wait "
        f"-H 'Authorization: Bearer {sign_customer(customer_id)}' "
        f"-H 'Content-Type: application/json' -d '{json.dumps(body)}'",
        soft_wrap=True,
    )


def stop_on_sigterm() -> None:
    """From now on a service manager's stop (SIGTERM) is Ctrl-C: the children are stopped with this process
    (they run in sessions of their own, so no signal to this one reaches them)."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def stop_all(services) -> None:
    console.print("Stopping …")
    for service in reversed(services):
        service.stop()


def start_all(starters):
    """The services, started in order; None when a stop (Ctrl-C, SIGTERM) came while they started: the ones
    already running are stopped then, as they are when a start fails (a stop between the OMS's start and the
    supervisor used to leave the OMS running on its port)."""
    stop_on_sigterm()
    services = []
    try:
        for start in starters:
            services.append(start())
    except KeyboardInterrupt:
        stop_all(services)
        return None
    except Exception:
        stop_all(services)
        raise
    return services


def _supervise(services, restarts: int = 5) -> None:
    """Until Ctrl-C: a service that exits is restarted (the API keeps serving policy questions while the
    OMS comes back); after `restarts` failures of one service, everything stops."""
    from service.processes import restart

    failures: dict[str, int] = {}  # SIGTERM is an interrupt since start_all
    try:
        while True:
            time.sleep(1)
            for index, service in enumerate(services):
                if service.process.poll() is None:
                    continue
                failures[service.name] = failures.get(service.name, 0) + 1
                console.print(f"[red]{service.name} exited ({service.process.returncode}); restarting.[/red]")
                if failures[service.name] > restarts:
                    console.print(f"[red]{service.name} keeps failing; see {service.log_path}.[/red]")
                    return
                services[index] = restart(service)
    except KeyboardInterrupt:
        pass
    finally:
        stop_all(services)
