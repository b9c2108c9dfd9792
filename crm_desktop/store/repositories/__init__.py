"""Repositories: query and stage changes on the unit of work's session; never commit."""
