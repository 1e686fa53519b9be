"""Feeds: RSS and Atom parsed with feedparser, found from a page, fetched concurrently, OPML."""
