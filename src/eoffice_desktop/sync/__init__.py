"""Outbox, HTTP client, sync protocol, backoff and connectivity."""
