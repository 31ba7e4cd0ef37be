"""`demo-vectors`: rebuild the demo store's shipped MiniLM vectors (tools/knowledge/shipped_vectors.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

console = Console()


def register(app: typer.Typer) -> None:
    @app.command("demo-vectors")
    def demo_vectors(
        out: Annotated[Path | None, typer.Option("--out", help="Where to write (default: the shipped file).")] = None,
    ) -> None:
        """Prepare the demo store from empty in a throwaway DATA_DIR, with shipped vectors off, and write
        every vector that start embedded: run it when the generator or the help center changed."""
        from db.connection import stop_embedded_server
        from tools.knowledge.embedding_cache import EmbeddingCache
        from tools.knowledge.embeddings import MiniLMEmbeddings
        from tools.knowledge.index import model_name
        from tools.knowledge.shipped_vectors import SHIPPED_FILE, write_shipped_vectors

        data_dir = Path(tempfile.mkdtemp(prefix="demo-vectors-"))
        env = {**os.environ, "DATA_DIR": str(data_dir), "SHIPPED_VECTORS": "false", "EMBEDDING_BACKEND": "minilm"}
        env.pop("DATABASE_URL", None)
        try:
            subprocess.run([sys.executable, "-m", "cli.main", "prepare"], env=env, check=True)
            cache = EmbeddingCache.in_data_dir(data_dir)
            try:
                written = write_shipped_vectors(cache, model_name(MiniLMEmbeddings()), out or SHIPPED_FILE)
            finally:
                cache.close()
        finally:
            if (data_dir / "pg").exists():
                stop_embedded_server(data_dir)
            shutil.rmtree(data_dir, ignore_errors=True)
        console.print(f"wrote {written:,} vectors to {out or SHIPPED_FILE}")
