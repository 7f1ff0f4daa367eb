"""The site farm the tests serve company websites from (shared with ``scrapy demo``)."""

from valuation_spiders.demo.sitefarm import Route, SiteFarm, closed_port, free_port

__all__ = ["Route", "SiteFarm", "closed_port", "free_port"]
