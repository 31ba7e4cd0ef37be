"""`support-agent serve`: the production graph API.

A thin HTTP layer over LangGraph's own run loop (`compiled.astream`) and its Postgres checkpointer and
store: it speaks the subset of the LangGraph Platform API that the official `langgraph_sdk` client and chat
front ends use, enforces app.auth on every request, and runs one run at a time per thread across every
worker and replica (a Postgres advisory lock), with crash recovery from a runs table.
"""
