"""Random secrets kept in DATA_DIR for single-machine installs, used when a deployment sets none.

Every process of one install (API server, OMS, CLI) reads the same file, so they agree without any
configuration; the file is created once with mode 0600. Multi-machine deployments set the secret in
the environment instead (IDENTITY_SECRET, OMS_SERVICE_KEY).
"""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=16)
def _kept(data_dir: str, name: str) -> str:
    path = Path(data_dir) / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: two processes starting together cannot overwrite each other's secret.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
    value = path.read_text().strip()
    if not value:
        raise RuntimeError(f"{path} is empty; delete it to have a new secret generated.")
    return value


def kept_secret(data_dir: Path | str, name: str) -> str:
    """The secret stored as DATA_DIR/name, generated on first use."""
    return _kept(str(Path(data_dir).resolve()), name)
