"""The `support-agent` console script. Each command group lives in its own module under cli/.

A module joins the CLI by defining `register(app: typer.Typer)`; listing it here keeps start-up
cheap (modules import their heavy dependencies inside the commands).
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Self-hostable AI support agent.")

COMMAND_MODULES = [
    "cli.database",
    "cli.service",
    "cli.serve",
    "cli.service_oms",
    "cli.chat",
    "cli.knowledge",
    "cli.demo_vectors",
    "cli.learning",
    "cli.evaluation",
    "cli.compare_runs",
    "cli.calibration",
    "cli.load",
]

for module_name in COMMAND_MODULES:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        continue
    module.register(app)


if __name__ == "__main__":
    app()
