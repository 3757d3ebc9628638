"""The diagnostics rules: one module per rule; see ``registry.py``."""
