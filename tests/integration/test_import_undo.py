"""Undo of a whole import: exact restore, later edits reported and kept or discarded."""

import pytest

from crm_desktop.domain.customers.entities import ActivityInput, ContactInput, ListFilter
from crm_desktop.domain.exchange.imports import DuplicatePolicy, ImportOptions
from crm_desktop.interchange.errors import InterchangeError
from tests.integration.test_import import contacts_file


def live_contacts(crm):
    return crm.customers.count("contact", ListFilter())


def test_undo_removes_created_and_restores_updated_exactly(crm, tmp_path):
    existing = crm.customers.create_contact(
        ContactInput(name="李娜", mobile="13912345678", title="财务", tags=("老客户",)))
    untouched = crm.customers.create_contact(ContactInput(name="周杰", mobile="13600002222"))
    rows = [["张伟", "13800138000", None, None, "上海华信科技有限公司", None, None, None],
            ["李娜", "13912345678", "021-55556666", "li.na@example.com", None, "财务总监", None, "新"]]
    result = crm.imports.run(contacts_file(tmp_path, rows),
                             ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE))
    assert (result.created, result.updated, result.accounts_created) == (1, 1, 1)
    # An unrelated edit elsewhere after the import must not matter.
    crm.customers.update_contact(untouched.id, ContactInput(name="周杰伦", mobile="13600002222"))
    preview = crm.imports.undo_preview(result.batch_id)
    assert (preview.created, preview.updated, preview.later_edits) == (2, 1, [])
    undone = crm.imports.undo(result.batch_id)
    assert (undone.removed, undone.restored, undone.kept) == (2, 1, 0)
    li = crm.customers.get_contact(existing.id)
    assert (li.title, li.phone, li.email, li.notes, li.tags) == ("财务", None, None, None, ("老客户",))
    assert crm.search.search("张伟") == [] and crm.search.search("华信") == []
    assert crm.customers.get_contact(untouched.id).name == "周杰伦"
    assert live_contacts(crm) == 2
    with pytest.raises(InterchangeError):
        crm.imports.undo(result.batch_id)
    assert crm.imports.batches()[0].undone_at is not None


def _import_two(crm, tmp_path):
    rows = [["张伟", "13800138000", None, None, None, None, None, None],
            ["王芳", "13700001111", None, None, None, None, None, None]]
    return crm.imports.run(contacts_file(tmp_path, rows), ImportOptions())


def test_later_edits_are_reported_and_kept_by_default(crm, tmp_path):
    result = _import_two(crm, tmp_path)
    zhang = crm.search.search("张伟")[0]
    crm.customers.update_contact(zhang.id, ContactInput(name="张伟", mobile="13800138000", title="总经理"))
    preview = crm.imports.undo_preview(result.batch_id)
    assert [(e.name, e.fields) for e in preview.later_edits] == [("张伟", ("title",))]
    undone = crm.imports.undo(result.batch_id, keep_later_edits=True)
    assert (undone.removed, undone.kept) == (1, 1)
    assert [h.name for h in crm.search.search("张伟")] == ["张伟"]
    assert crm.search.search("王芳") == []


def test_later_edits_can_be_undone_too(crm, tmp_path):
    result = _import_two(crm, tmp_path)
    wang = crm.search.search("王芳")[0]
    crm.activities.log(ActivityInput(kind="call", subject="回访", contact_id=wang.id))
    assert crm.imports.undo_preview(result.batch_id).later_edits  # the call touched the contact
    undone = crm.imports.undo(result.batch_id, keep_later_edits=False)
    assert (undone.removed, undone.kept) == (2, 0)
    assert live_contacts(crm) == 0


def test_undo_of_a_field_edited_later_keeps_that_field_only(crm, tmp_path):
    existing = crm.customers.create_contact(ContactInput(name="李娜", mobile="13912345678"))
    rows = [["李娜", "13912345678", "021-55556666", "li.na@example.com", None, None, None, None]]
    result = crm.imports.run(contacts_file(tmp_path, rows), ImportOptions(on_duplicate=DuplicatePolicy.UPDATE))
    crm.customers.update_contact(existing.id, ContactInput(name="李娜", mobile="13912345678",
                                                           phone="021-55556666", email="lina@new.cn"))
    undone = crm.imports.undo(result.batch_id, keep_later_edits=True)
    assert undone.restored == 1
    li = crm.customers.get_contact(existing.id)
    assert (li.phone, li.email) == (None, "lina@new.cn")


def test_undo_is_one_transaction_and_journals_for_sync(crm, tmp_path):
    result = _import_two(crm, tmp_path)
    with crm.store.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE op = 'delete'").scalar()
    crm.imports.undo(result.batch_id)
    with crm.store.engine.connect() as conn:
        deletes = conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE op = 'delete'").scalar()
    assert (before, deletes) == (0, 2)


