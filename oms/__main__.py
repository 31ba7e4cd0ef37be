"""`python -m oms`: serve the demo OMS on HOST:OMS_PORT against the configured database."""

from __future__ import annotations

from core.settings import get_settings
from oms.app import serve

if __name__ == "__main__":
    serve(get_settings())
