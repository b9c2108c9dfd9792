"""Both sides speak the envelope of crm_protocol.envelope: the server's request and answer models have its
fields and words, and the app's push goes out in its shape, to its path, at its schema version."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import get_args

import httpx
import pytest
from pydantic import BaseModel

from crm_desktop.store import journal
from crm_desktop.store.models import OutboxEntry
from crm_desktop.sync.outbox import as_mutation
from crm_desktop.sync.transport import Tokens, Transport
from crm_protocol import envelope
from crm_protocol.outcomes import ITEM_KINDS, OPS, OUTCOMES
from crm_protocol.values import parse_moment
from crm_server import SERVER_SCHEMA_VERSIONS, app, sync_api


def keys_of(shape: type) -> set[str]:
    return set(shape.__required_keys__ | shape.__optional_keys__)


@pytest.mark.parametrize(("model", "shape"), [
    (sync_api.MutationBody, envelope.Mutation),
    (sync_api.PushBody, envelope.PushRequest),
    (sync_api.ConflictOut, envelope.Conflict),
    (sync_api.MutationResult, envelope.MutationOutcome),
    (sync_api.PushResponse, envelope.PushAnswer),
    (sync_api.Item, envelope.PullItem),
    (sync_api.PullResponse, envelope.PullAnswer),
    (sync_api.SnapshotResponse, envelope.SnapshotAnswer),
    (sync_api.WaitResponse, envelope.WaitAnswer),
    (app.TokenResponse, envelope.TokenAnswer),
], ids=lambda m: m.__name__)
def test_the_servers_models_have_the_envelopes_fields(model: type[BaseModel], shape: type):
    assert set(model.model_fields) == keys_of(shape)


def test_the_servers_models_take_the_protocols_words():
    assert get_args(sync_api.MutationBody.model_fields["op"].annotation) == OPS
    assert get_args(sync_api.MutationResult.model_fields["outcome"].annotation) == OUTCOMES
    assert get_args(sync_api.Item.model_fields["kind"].annotation) == ITEM_KINDS


def test_the_server_serves_the_protocols_schema_version_and_the_app_journals_it():
    assert envelope.SCHEMA_VERSION in SERVER_SCHEMA_VERSIONS
    assert journal.SCHEMA_VERSION is envelope.SCHEMA_VERSION  # one definition, imported


def test_an_outcome_starts_with_every_field_of_the_envelope():
    outcome = envelope.new_outcome(1, "m", "account", "r")
    assert set(outcome) == set(envelope.MutationOutcome.__required_keys__)
    rejected = envelope.rejected_outcome(1, "m", "account", "r", "no")
    assert set(rejected) == set(outcome) and rejected["outcome"] == "rejected"
    envelope.mark_rejected(outcome, "no")
    assert outcome == rejected and list(outcome) == list(envelope.new_outcome(1, "m", "account", "r"))


def test_an_outbox_entry_goes_out_as_the_envelopes_mutation():
    entry = OutboxEntry(seq=7, device_seq=3, mutation_id="m1", group_id="g1", entity="product", record_id="p1",
                        op="increment", changes={"stock_reserved": "2"}, base_version=4, base_values=None,
                        schema_version=1, device_time=datetime(2024, 5, 1, 8, 30, tzinfo=UTC),
                        cause={"kind": "reserve", "order_id": "o1"}, base_versions={"stock_reserved": 2})
    mutation = as_mutation(entry)
    assert set(mutation) <= keys_of(envelope.Mutation)
    assert set(envelope.Mutation.__required_keys__) <= set(mutation)
    assert mutation["op"] in OPS


def test_the_apps_push_is_the_envelopes_push_request():
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"results": [], "last_applied_seq": 0})

    client = httpx.Client(base_url="https://crm.example", transport=httpx.MockTransport(server))
    transport = Transport("https://crm.example", client=client, tokens=Tokens("a", "r", "d1", "u1", "rep"))
    mutation = envelope.Mutation(seq=1, mutation_id="m1", group_id=None, entity="account", record_id="r1",
                                 op="upsert", changes={"name": "华为"}, base_version=0, base_values=None,
                                 device_time=None)
    transport.push([mutation])

    assert sent[0].url.path == envelope.PUSH_PATH
    body = json.loads(sent[0].content)
    assert list(body) == ["device_id", "schema_version", "mutations", "sent_at"] == list(
        envelope.PushRequest.__annotations__)
    sent_at = parse_moment(body.pop("sent_at"))  # the device's clock, for the server to measure it against its own
    assert abs((sent_at - datetime.now(UTC)).total_seconds()) < 3600
    assert body == {"device_id": "d1", "schema_version": envelope.SCHEMA_VERSION, "mutations": [mutation]}
