"""Importers that fill the canonical tables (help_articles, tickets) from exports a brand already has.

Every importer returns an `IngestReport`: what was read, inserted, updated or left unchanged, and each
skipped row with its file, line and reason. A bad row never aborts an import.
"""

from tools.knowledge.ingest.help_center import ingest_help_center
from tools.knowledge.ingest.report import IngestReport, Problem
from tools.knowledge.ingest.tickets import ingest_tickets

__all__ = ["IngestReport", "Problem", "ingest_help_center", "ingest_tickets"]
