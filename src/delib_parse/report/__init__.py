"""Reporters: turn results into text, JSON and the CI formats. Import nothing upstream but
models."""
