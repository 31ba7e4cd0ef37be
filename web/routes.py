"""Static pages and scripts for the browser: the chat widget (`/widget.js`, `/widget/...`), its demo host page
(`/chat`) and the staff inbox (`/inbox`, `/inbox/static/...`).

The files are public (they hold no data); every API call they make carries a Bearer token and is authorised
by the API itself. The pages we host get a strict Content-Security-Policy: scripts only from this origin and
no inline script, so even a message that somehow reached the DOM as markup could not run. The widget script
is served with CORS so a brand's own page can load it from here.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

STATIC = Path(__file__).parent / "static"
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml"}
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
COMMON = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}


def _file(path: Path, extra: dict[str, str] | None = None) -> Response:
    media = TYPES.get(path.suffix)
    if media is None or not path.is_file():
        return JSONResponse({"detail": "Not found."}, status_code=404)
    return FileResponse(path, media_type=media, headers={**COMMON, **(extra or {})})


def _asset(folder: str, name: str) -> Response:
    """A file directly inside static/<folder>: no sub-paths, so `..` can never climb out."""
    if "/" in name or "\\" in name or name.startswith("."):
        return JSONResponse({"detail": "Not found."}, status_code=404)
    return _file(STATIC / folder / name, {"Access-Control-Allow-Origin": "*"})


async def widget_script(request: Request) -> Response:
    return _file(STATIC / "widget" / "widget.js", {"Access-Control-Allow-Origin": "*"})


async def widget_asset(request: Request) -> Response:
    return _asset("widget", request.path_params["name"])


async def chat_page(request: Request) -> Response:
    return _file(STATIC / "chat.html", {"Content-Security-Policy": PAGE_CSP})


async def inbox_page(request: Request) -> Response:
    return _file(STATIC / "inbox" / "inbox.html", {"Content-Security-Policy": PAGE_CSP})


async def inbox_asset(request: Request) -> Response:
    return _asset("inbox", request.path_params["name"])


ROUTES = [
    Route("/widget.js", widget_script, methods=["GET"]),
    Route("/widget/{name}", widget_asset, methods=["GET"]),
    Route("/chat", chat_page, methods=["GET"]),
    Route("/inbox", inbox_page, methods=["GET"]),
    Route("/inbox/static/{name}", inbox_asset, methods=["GET"]),
]
