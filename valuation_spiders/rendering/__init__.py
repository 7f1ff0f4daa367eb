"""Headless-browser rendering: when a page needs it (decide), which browser (browser), what the
browser may load (guard), and the scrapy-playwright handler that runs it (handler)."""
