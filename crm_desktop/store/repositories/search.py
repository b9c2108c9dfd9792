"""Global search: ranked index rows turned into the hits the search box shows."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.domain.entities import SearchHit
from crm_desktop.store.search_index import ranked_seqs

_HITS_SQL = """
SELECT d.seq, d.entity, d.record_id, coalesce(c.name, a.name), c.account_name,
       coalesce(c.mobile, a.phone), c.email
  FROM search_docs d
  LEFT JOIN contacts c ON d.entity = 'contact' AND c.id = d.record_id
  LEFT JOIN accounts a ON d.entity = 'account' AND a.id = d.record_id
 WHERE d.seq IN ({marks})
"""


class SearchRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        conn = self.session.connection()
        seqs = ranked_seqs(conn, query, limit)
        if not seqs:
            return []
        rows = conn.exec_driver_sql(_HITS_SQL.format(marks=",".join("?" * len(seqs))), tuple(seqs))
        by_seq = {r[0]: SearchHit(r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows}
        return [by_seq[s] for s in seqs if s in by_seq]
