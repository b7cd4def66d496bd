"""Evaluation of extraction quality against labelled corpora (see ``python -m newscrawl.evaluate``)."""
