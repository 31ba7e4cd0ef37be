"""Knowledge: help-center articles and resolved past tickets, embedded and searched in PostgreSQL.

Heavy imports (torch, sentence-transformers) live in submodules and load on first use.
"""
