"""Signed webhooks out on every new handoff: where to (targets), what (payloads), how it is signed
(signing), the outbox that makes delivery exactly-once per endpoint (outbox), and the worker that
delivers with retries and backoff, off the customer's turn (delivery)."""
