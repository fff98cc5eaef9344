"""Tiny Tiny RSS's JSON API (``/api/``), as a sync backend.

Every call is a POST of a JSON object with ``op`` and the session id; every answer is
``{"seq", "status", "content"}`` with status 0 for success. Used: login, logout,
getCategories (names for the feeds' ``cat_id``), getFeeds (cat_id -3: every feed),
getHeadlines (feed -4: every article, with content and labels, oldest first after
``since_id``), getArticle (marks of given ids), getLabels, updateArticle (field 0 starred,
2 unread) and setArticleLabel. The API has no call to create a label, so only tags that
are already labels on the server go there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import httpx

from newsreader.news.cleaning import one_line
from newsreader.services.backends import BackendError, RemoteArticle, RemoteFeed, RemoteState

PAGE = 200
"""Headlines asked for per request (the server's own maximum)."""

TIMEOUT = 20.0
"""Seconds any one request may take before the server counts as too slow."""

MAX_ANSWER = 64 * 1024 * 1024
"""Bytes of one answer beyond which it is refused."""


def _api_url(url: str) -> str:
    base = url.rstrip("/")
    return base if base.endswith("/api") else f"{base}/api/"


class TtRss:
    """One Tiny Tiny RSS account (see ``Backend``)."""

    def __init__(self, url: str, user: str, password: str,
                 client_options: dict[str, Any] | None = None,
                 timeout: float | None = None) -> None:
        self.url = _api_url(url)
        self.user = user
        self._password = password
        self._session: str | None = None
        self._client = httpx.Client(timeout=timeout or TIMEOUT, follow_redirects=False,
                                    **(client_options or {}))

    # -- the protocol --------------------------------------------------------------

    def _post(self, op: str, **params: Any) -> Any:
        body = {"op": op, **params}
        if self._session and op != "login":
            body["sid"] = self._session
        try:
            with self._client.stream("POST", self.url, json=body) as answer:
                if answer.status_code != 200:
                    raise BackendError(f"the server answered HTTP {answer.status_code} "
                                       f"to {op}")
                data = b""
                for piece in answer.iter_bytes():
                    data += piece
                    if len(data) > MAX_ANSWER:
                        raise BackendError(f"the server's answer to {op} is over "
                                           f"{MAX_ANSWER // 1024 // 1024} MB")
        except httpx.TimeoutException:
            raise BackendError(f"the server is too slow (no answer to {op} within "
                               f"{self._client.timeout.read:g} s)") from None
        except httpx.HTTPError as err:
            reason = one_line(str(err)) or type(err).__name__
            raise BackendError(f"cannot reach the server at {self.url}: {reason}") from None
        import json

        try:
            reply = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            raise BackendError(f"the server's answer to {op} is not Tiny Tiny RSS's API "
                               "(not JSON)") from None
        if not isinstance(reply, dict) or "status" not in reply or "content" not in reply:
            raise BackendError(f"the server's answer to {op} is not Tiny Tiny RSS's API")
        content = reply["content"]
        if reply["status"] != 0:
            error = content.get("error") if isinstance(content, dict) else None
            raise BackendError(_error_text(op, str(error or "unknown error")))
        return content

    def _call(self, op: str, **params: Any) -> Any:
        if self._session is None:
            self._login()
        try:
            return self._post(op, **params)
        except BackendError as err:
            if "NOT_LOGGED_IN" not in str(err) and "session expired" not in str(err):
                raise
            self._login()  # the session expired on the server: once more, logged in
            return self._post(op, **params)

    def _login(self) -> None:
        content = self._post("login", user=self.user, password=self._password)
        sid = content.get("session_id") if isinstance(content, dict) else None
        if not isinstance(sid, str) or not sid:
            raise BackendError("the server's answer to login is not Tiny Tiny RSS's API")
        self._session = sid

    # -- Backend ---------------------------------------------------------------------

    def feeds(self) -> list[RemoteFeed]:
        cats = _listed(self._call("getCategories", include_empty=True), "getCategories")
        names = {str(c.get("id")): one_line(str(c.get("title") or "")) for c in cats}
        found = _listed(self._call("getFeeds", cat_id=-3), "getFeeds")
        feeds = []
        for f in found:
            url = f.get("feed_url")
            if not isinstance(url, str) or "id" not in f:
                raise BackendError("the server's answer to getFeeds is not Tiny Tiny RSS's API")
            cat = names.get(str(f.get("cat_id")))
            categories = (cat,) if cat and str(f.get("cat_id")) not in {"0", "-1"} else ()
            feeds.append(RemoteFeed(id=str(f["id"]), url=url,
                                    title=one_line(str(f.get("title") or "")),
                                    categories=categories))
        return feeds

    def articles(self, since: str | None) -> Iterator[RemoteArticle]:
        since_id = int(since) if since and since.isdigit() else 0
        while True:
            page = _listed(self._call(
                "getHeadlines", feed_id=-4, limit=PAGE, since_id=since_id,
                show_content=True, include_attachments=False, view_mode="all_articles",
                order_by="date_reverse", sanitize=True), "getHeadlines")
            for item in page:
                article = _article(item)
                since_id = max(since_id, int(article.id))
                yield article
            if len(page) < PAGE:
                return

    def states(self, ids: Iterable[str]) -> dict[str, RemoteState]:
        wanted = [i for i in ids if i.isdigit()]
        found: dict[str, RemoteState] = {}
        for start in range(0, len(wanted), PAGE):
            chunk = wanted[start:start + PAGE]
            for item in _listed(self._call("getArticle", article_id=",".join(chunk)),
                                "getArticle"):
                found[str(item.get("id"))] = _state(item)
        return found

    def labels(self) -> dict[str, str]:
        found = _listed(self._call("getLabels"), "getLabels")
        return {one_line(str(label.get("caption") or "")): str(label.get("id"))
                for label in found if label.get("caption")}

    def set_read(self, ids: Iterable[str], read: bool) -> None:
        self._update(ids, field=2, mode=0 if read else 1)

    def set_starred(self, ids: Iterable[str], starred: bool) -> None:
        self._update(ids, field=0, mode=1 if starred else 0)

    def set_label(self, ids: Iterable[str], label_id: str, on: bool) -> None:
        chosen = list(ids)
        if chosen:
            self._call("setArticleLabel", article_ids=",".join(chosen), label_id=label_id,
                       assign=on)

    def close(self) -> None:
        try:
            if self._session is not None:
                self._post("logout")
        except BackendError:
            pass
        finally:
            self._session = None
            self._client.close()

    def _update(self, ids: Iterable[str], field: int, mode: int) -> None:
        chosen = list(ids)
        for start in range(0, len(chosen), PAGE):
            self._call("updateArticle", article_ids=",".join(chosen[start:start + PAGE]),
                       field=field, mode=mode)


def _error_text(op: str, error: str) -> str:
    if error == "LOGIN_ERROR":
        return "the server refused the login (wrong user name or password)"
    if error == "API_DISABLED":
        return "the server refused the login: API access is off for this user " \
               "(tt-rss: Preferences → Enable API)"
    if error == "NOT_LOGGED_IN":
        return "the server says the session expired (NOT_LOGGED_IN)"
    return f"the server refused {op}: {one_line(error)[:100]}"


def _listed(content: Any, op: str) -> list[dict[str, Any]]:
    if not isinstance(content, list) or not all(isinstance(c, dict) for c in content):
        raise BackendError(f"the server's answer to {op} is not Tiny Tiny RSS's API")
    return content


def _state(item: dict[str, Any]) -> RemoteState:
    labels = item.get("labels") or []
    captions = frozenset(one_line(str(label[1])) for label in labels
                         if isinstance(label, list) and len(label) > 1 and label[1])
    return RemoteState(read=not bool(item.get("unread")), starred=bool(item.get("marked")),
                       labels=captions)


def _article(item: dict[str, Any]) -> RemoteArticle:
    try:
        aid = str(int(item["id"]))
    except (KeyError, TypeError, ValueError):
        raise BackendError("the server's answer to getHeadlines is not Tiny Tiny RSS's "
                           "API (an article without an id)") from None
    link = item.get("link") if isinstance(item.get("link"), str) else None
    updated = item.get("updated")
    return RemoteArticle(
        id=aid, feed_id=str(item.get("feed_id") or ""),
        guid=str(item.get("guid") or link or aid),
        title=str(item.get("title") or ""), link=link or None,
        author=str(item["author"]) if item.get("author") else None,
        html=str(item.get("content") or ""),
        published=updated if isinstance(updated, int) and updated > 0 else None,
        feed_title=str(item["feed_title"]) if item.get("feed_title") else None,
        state=_state(item))
