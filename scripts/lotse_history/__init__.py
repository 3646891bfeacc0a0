"""Lotse's synthetic Prometheus history, a module per concern.

scripts/history.py is its command line and documents the output.
"""
