"""Replaying labelled real customer messages through the agent and scoring them (`eval-messages`).

dataset: read and check the labelled JSONL; customers: pick demo customers and clear their memory;
replay: send every turn in process or over the HTTP API; metrics: the figures; report: tables and files.
"""
