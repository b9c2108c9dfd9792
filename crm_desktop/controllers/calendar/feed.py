"""The user's calendar subscription URL, from the sync server they are connected to: a calendar client (Outlook,
Google, 钉钉, a phone) subscribes to it and follows their visits without a login (crm_server/calendar_feed.py)."""

from __future__ import annotations

from crm_desktop.controllers.sync.controller import SyncController

# The server's route (crm_server/calendar_feed.py FEED_URL_PATH); the client never imports the server.
FEED_URL_PATH = "/calendar/feed-url"


def subscription_url(sync: SyncController) -> str:
    """The URL; CredentialsError when this laptop is connected to no server, OfflineError when it is out of
    reach, NotFoundError (transport's) from a server too old to have feeds."""
    # The sync controller's connection: its tokens, refreshed when the access token has expired.
    with sync.connected() as transport:
        answer = transport.get_json(FEED_URL_PATH)
    return str(answer["url"])
