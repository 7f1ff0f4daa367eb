"""Alerts after a run: who is newly flagged and what the message says (``message``, pure), and
the Apprise targets it goes to (``targets``)."""
