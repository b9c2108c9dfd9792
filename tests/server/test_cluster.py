"""Two server nodes behind nginx share all state through PostgreSQL: a token from one works on the other."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from crm_server.admin import Admin
from crm_server.db import make_engine, migrate, sessions
from crm_server.settings import normalise_url
from tests.server.cluster import Cluster, two_node_cluster
from tests.server.conftest import require_nginx

PASSWORD = "correct horse battery"


@pytest.fixture
def cluster(pg_database, tmp_path) -> Iterator[Cluster]:
    require_nginx()
    url = normalise_url(pg_database)
    engine = make_engine(url)
    migrate(engine)
    with sessions(engine)() as session:
        admin = Admin(session)
        admin.add_team("华东销售一部")
        admin.add_user("wangfang", PASSWORD, "王芳", "rep", "华东销售一部")
    engine.dispose()  # the nodes keep pools of their own; ours would only sit idle through the test
    with two_node_cluster(url, tmp_path) as running:
        yield running


def login(client: httpx.Client) -> dict:
    answer = client.post("/auth/login", json={"username": "wangfang", "password": PASSWORD,
                                               "device_name": "ThinkPad"})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_token_issued_by_one_node_works_on_both(cluster):
    with httpx.Client(base_url=cluster.balancer_url, timeout=10) as client:
        grant = login(client)
        headers = {"Authorization": f"Bearer {grant['access_token']}"}
        served_by = set()
        for _ in range(6):
            me = client.get("/me", headers=headers)
            assert me.status_code == 200, me.text
            assert me.json()["device_id"] == grant["device_id"]
            served_by.add(me.headers["X-Upstream"])
        assert served_by == set(cluster.node_addresses)  # round robin: both nodes answered
        for url in cluster.node_urls:  # and straight to each node, not only through nginx
            assert httpx.get(url + "/me", headers=headers, timeout=10).json()["username"] == "wangfang"


def test_a_stopped_node_fails_its_requests_and_the_other_keeps_serving(cluster):
    with httpx.Client(base_url=cluster.balancer_url, timeout=10) as client:
        headers = {"Authorization": f"Bearer {login(client)['access_token']}"}
        cluster.stop_node(1)
        assert not cluster.node_running(1)
        answers = [client.get("/me", headers=headers) for _ in range(6)]
    # nginx does not retry (proxy_next_upstream off): the request routed to the dead node fails, and
    # nginx then leaves that node out for fail_timeout, so every other request reaches node 0.
    failed = [a for a in answers if a.status_code != 200]
    served = [a for a in answers if a.status_code == 200]
    assert failed and all(a.status_code == 502 and cluster.node_of(a) == 1 for a in failed)
    assert served and all(cluster.node_of(a) == 0 for a in served)
    with pytest.raises(httpx.ConnectError):
        httpx.get(cluster.node_urls[1] + "/healthz", timeout=5)


def test_a_restarted_node_serves_again(cluster):
    cluster.stop_node(0, graceful=True)
    cluster.start_node(0)
    assert httpx.get(cluster.node_urls[0] + "/readyz", timeout=10).status_code == 200
