"""Where handoff webhooks go: WEBHOOK_URLS, a comma-separated list of `[FORMAT=]URL`."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

FORMATS = ("generic", "zendesk", "intercom")


class InvalidWebhookTarget(ValueError):
    """WEBHOOK_URLS names something that is not an http(s) URL or an unknown format."""


@dataclass(frozen=True)
class Target:
    url: str
    format: str = "generic"


def parse_targets(value: str | None) -> list[Target]:
    """`https://a/hook, zendesk=https://b/api/v2/tickets.json` -> two targets; empty entries are ignored."""
    targets = []
    for entry in (value or "").split(","):
        entry = entry.strip()
        if not entry:
            continue
        head, sep, rest = entry.partition("=")
        fmt, url = (head.strip().lower(), rest.strip()) if sep and "://" not in head else ("generic", entry)
        if fmt not in FORMATS:
            raise InvalidWebhookTarget(f"WEBHOOK_URLS: unknown format {fmt!r} in {entry!r}; use {', '.join(FORMATS)}.")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidWebhookTarget(f"WEBHOOK_URLS: {url!r} is not an http(s) URL.")
        targets.append(Target(url, fmt))
    return targets
