"""Data access: SQLAlchemy models, repositories, unit of work, search index, migrations."""
