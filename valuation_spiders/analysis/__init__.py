"""Pure analysis: what a page says and what a site does, with no Scrapy and no database.

- ``text``: HTML -> the visible text a person reads (``extract_text``), JavaScript app shells.
- ``noise``: dates, counters, tokens... masked before comparing (``normalise_text``).
- ``diff``: one snapshot against the previous one (``compare_texts``).
- ``grammar``: the small phrase grammar the text detectors read sentences with.
- ``text_signals``: funding, acquisition, shutdown, layoffs, product launches, leadership.
- ``learned``: the trained sentence model behind those rules; ``training``: how it is trained.
- ``site_status``: registrable domains, redirects, parked domains, hosting placeholders.
- ``signals``: where a signal is decided, per page and per company; the public entry point.
- ``kinds``: the signal kinds and the ``Signal`` record.
"""
