"""Global search: ranked index rows turned into the hits the search box shows."""

from __future__ import annotations

from crm_desktop.domain.customers.entities import SearchHit
from crm_desktop.store.repositories.base import Queries
from crm_desktop.store.search_index import ranked_seqs

_HITS_SQL = """
SELECT d.seq, d.entity, d.record_id, coalesce(c.name, a.name), c.account_name,
       coalesce(c.mobile, a.phone), c.email
  FROM search_docs d
  LEFT JOIN contacts c ON d.entity = 'contact' AND c.id = d.record_id
  LEFT JOIN accounts a ON d.entity = 'account' AND a.id = d.record_id
 WHERE d.seq IN ({marks})
"""


_ACCOUNT_CONTACTS_SQL = """
SELECT d.seq, 'contact', c.id, c.name, c.account_name, c.mobile, c.email
  FROM contacts c JOIN search_docs d ON d.record_id = c.id
 WHERE c.account_id = ? AND c.deleted_at IS NULL
 ORDER BY d.seq DESC
 LIMIT ?
"""
# Contacts listed under each matching company, for the first few companies found.
COMPANY_GROUPS = 3
CONTACTS_PER_COMPANY = 10


class SearchRepository(Queries):
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        conn = self.conn
        seqs = ranked_seqs(conn, query, limit)
        if not seqs:
            return []
        rows = conn.exec_driver_sql(_HITS_SQL.format(marks=",".join("?" * len(seqs))), tuple(seqs))
        by_seq = {r[0]: SearchHit(*r[1:]) for r in rows}
        return self._with_company_contacts([by_seq[s] for s in seqs if s in by_seq], limit)

    def _with_company_contacts(self, hits: list[SearchHit], limit: int) -> list[SearchHit]:
        """Searching a company also finds its people: each of the first matching accounts
        is followed by its most recently active contacts."""
        conn = self.conn
        out: dict[str, SearchHit] = {}
        groups = 0
        for hit in hits:
            out.setdefault(hit.id, hit)
            if hit.type != "account" or groups >= COMPANY_GROUPS:
                continue
            groups += 1
            for row in conn.exec_driver_sql(_ACCOUNT_CONTACTS_SQL, (hit.id, CONTACTS_PER_COMPANY)):
                out.setdefault(row[2], SearchHit(*row[1:]))
        return list(out.values())[:limit]
