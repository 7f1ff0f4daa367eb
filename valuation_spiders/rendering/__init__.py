"""Headless-browser rendering: whether a page needs it (decide), which Chromium (browser), what the
browser may reach (guard, proxy), what is done to a page before it is read (page), and the
scrapy-playwright download handler that runs it all (handler). The downloader middleware that
chooses which requests go to the browser is ``valuation_spiders.middlewares.render``."""
