"""Dialogkartan: Swedish municipal dialogues, crawled, analysed and compared."""

__version__ = "0.1.0"
