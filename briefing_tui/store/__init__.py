"""The store: what Briefing keeps on disk (atomic writes, recent articles, notes)."""
