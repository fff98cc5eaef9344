"""Syncing the library with an account on a feed server (any ``Backend``).

A sync talks to the server first and writes the library last: it reads the
subscriptions, the articles new since the last sync (content included) and the marks of
every article both sides have, sends the marks changed here, and only then stores what
came in, in one write. A server that is down, slow or answers garbage stops it before
anything is written: the library is as it was, and the changes queued here stay queued.

Marks are merged per article and per mark (read, starred, each label) against what both
sides agreed on at the last sync: a mark changed on one side only takes that side's value;
changed on both sides to different values, the later change wins. A change made here is
dated when it was made (the queue keeps the time); the server does not say when its marks
changed, so a change there is dated halfway between the last sync (the last time the old
value was seen) and this one.

New articles go the way of a fetched feed's: read as feed items (``server_item``), found
among the library's articles by identity, analysed (in worker processes when many) and
stored by ``Library.upsert``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from newsreader.news.article import Article
from newsreader.news.feeds import server_item
from newsreader.news.words import plural
from newsreader.services import analysis as processing
from newsreader.services.backends import Backend, BackendError, RemoteArticle, RemoteState
from newsreader.services.identity import Identities, as_id, keyed
from newsreader.store.feeds import Subscriptions
from newsreader.store.library import Library
from newsreader.store.syncstate import Base, Link, SyncRecord, SyncState

Progress = Callable[[int, int], None]

STEPS = 5
"""Steps a sync reports through ``progress``: subscriptions, articles, marks, sending,
storing."""

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SyncReport:
    """What one sync did (or why it did nothing)."""

    server: str
    """The server's name and address."""
    feeds: int = 0
    """Subscriptions on the server."""
    new_feeds: int = 0
    """Of which new in the library."""
    new: int = 0
    """Articles added to the library."""
    updated: int = 0
    """Articles whose content changed."""
    marks_in: int = 0
    """Marks taken from the server (read, starred, labels, one per article each)."""
    marks_out: int = 0
    """Marks sent to the server."""
    conflicts: int = 0
    """Marks changed on both sides since the last sync (the later change won)."""
    queued: int = 0
    """Changes made here still waiting for the server (after an error: all of them)."""
    error: str | None = None
    """Why nothing was done, in one line."""
    new_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the terminal."""
        if self.error:
            kept = (f"; {plural(self.queued, 'local change')} kept for the next sync"
                    if self.queued else "")
            return f"sync failed: {self.error}; the library is unchanged{kept}"
        new_feeds = f" ({self.new_feeds} new)" if self.new_feeds else ""
        parts = [plural(self.feeds, "feed") + new_feeds,
                 plural(self.new, "new article")]
        if self.updated:
            parts.append(f"{self.updated} updated")
        parts.append(f"{plural(self.marks_in, 'mark')} from the server, {self.marks_out} sent")
        if self.conflicts:
            parts.append(f"{self.conflicts} changed on both sides (the later change kept)")
        return f"synced with {self.server}: " + ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("new_ids")
        data["ok"] = self.error is None
        return data


@dataclass
class _Plan:
    """What to do on each side, decided from one look at both."""

    local_read: dict[bool, list[str]] = field(default_factory=lambda: {True: [], False: []})
    local_star: dict[bool, list[str]] = field(default_factory=lambda: {True: [], False: []})
    local_tags: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)
    remote_read: dict[bool, list[str]] = field(default_factory=lambda: {True: [], False: []})
    remote_star: dict[bool, list[str]] = field(default_factory=lambda: {True: [], False: []})
    remote_labels: dict[tuple[str, bool], list[str]] = field(default_factory=dict)
    bases: dict[str, Base] = field(default_factory=dict)
    conflicts: int = 0

    @property
    def marks_in(self) -> int:
        return (sum(map(len, self.local_read.values())) + sum(map(len, self.local_star.values()))
                + sum(len(a) + len(r) for a, r in self.local_tags.values()))

    @property
    def marks_out(self) -> int:
        return (sum(map(len, self.remote_read.values()))
                + sum(map(len, self.remote_star.values()))
                + sum(map(len, self.remote_labels.values())))


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def _parse(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


class _Merge:
    """The per-mark rule (see the module's docstring)."""

    def __init__(self, record: SyncRecord, now: datetime) -> None:
        last = _parse(record.last_sync)
        self.remote_time = last + (now - last) / 2 if last else now
        self.since_last = last or now
        self.latest: dict[tuple[str, str], datetime] = {}
        for change in record.queue:
            at = _parse(change.at) or now
            key = (change.article, change.field)
            self.latest[key] = max(at, self.latest.get(key, at))
        self.conflicts = 0

    def decide(self, aid: str, what: str, local: bool, remote: bool,
               base: bool | None) -> bool:
        """The value both sides should have."""
        if local == remote:
            return local
        queued = self.latest.get((aid, what))
        local_changed = queued is not None or (base is not None and local != base)
        remote_changed = base is None or remote != base
        if local_changed and not remote_changed:
            return local
        if remote_changed and not local_changed:
            return remote
        self.conflicts += 1
        local_time = queued or self.since_last
        return local if local_time > self.remote_time else remote


def _plan(library: Library, record: SyncRecord, remote: dict[str, RemoteState],
          labels: dict[str, str], fresh: set[str], now: datetime) -> _Plan:
    """Decide every mark of every linked article."""
    listing = library.listing()
    merge = _Merge(record, now)
    plan = _Plan()
    label_of = {caption.casefold(): caption for caption in labels}
    for aid, link in record.links.items():
        state = remote.get(link.remote)
        pos = listing.position(aid)
        if state is None or (pos is None and aid not in fresh):
            continue
        if aid in fresh:  # not in the library yet: it takes the server's marks
            if state.read:
                plan.local_read[True].append(aid)
            if state.starred:
                plan.local_star[True].append(aid)
            if state.labels:
                plan.local_tags[aid] = (set(state.labels), set())
            plan.bases[aid] = Base(state.read, state.starred, state.labels)
            continue
        assert pos is not None
        base: Base | None = link.base
        local_read = aid in listing.read
        read = merge.decide(aid, "read", local_read, state.read,
                            base.read if base else None)
        local_star = aid in listing.bookmarked
        star = merge.decide(aid, "starred", local_star, state.starred,
                            base.starred if base else None)
        for value, local, remote_value, local_side, remote_side in (
                (read, local_read, state.read, plan.local_read, plan.remote_read),
                (star, local_star, state.starred, plan.local_star, plan.remote_star)):
            if value != local:
                local_side[value].append(aid)
            if value != remote_value:
                remote_side[value].append(link.remote)
        tags = {t.casefold(): t for t in listing.tags_at(pos)}
        on_server = {c.casefold() for c in state.labels}
        base_labels = {c.casefold() for c in base.labels} if base else set()
        agreed: set[str] = set()
        add: set[str] = set()
        remove: set[str] = set()
        for name in sorted(set(label_of) | on_server | base_labels):
            caption = label_of.get(name) or next(
                (c for c in state.labels if c.casefold() == name), name)
            local_has = name in tags
            if name not in label_of:  # a label gone from the server: nothing to send
                if name in on_server and not local_has:
                    add.add(caption)
                continue
            has = merge.decide(aid, f"tag:{name}", local_has, name in on_server,
                               (name in base_labels) if base else None)
            if has:
                agreed.add(caption)
            if has and not local_has:
                add.add(caption)
            elif local_has and not has:
                remove.add(tags[name])
            if has != (name in on_server):
                plan.remote_labels.setdefault((labels[caption], has), []).append(link.remote)
        if add or remove:
            plan.local_tags[aid] = (add, remove)
        plan.bases[aid] = Base(read, star, frozenset(agreed))
    plan.conflicts = merge.conflicts
    return plan


def _push(backend: Backend, plan: _Plan) -> None:
    for value, ids in plan.remote_read.items():
        if ids:
            backend.set_read(ids, value)
    for value, ids in plan.remote_star.items():
        if ids:
            backend.set_starred(ids, value)
    for (label_id, on), ids in plan.remote_labels.items():
        backend.set_label(ids, label_id, on)


def _articles(items: list[RemoteArticle], feeds: dict[str, tuple[str, tuple[str, ...]]]
              ) -> list[tuple[RemoteArticle, Article]]:
    found = []
    for item in items:
        url, tags = feeds.get(item.feed_id, ("", ()))
        published = datetime.fromtimestamp(item.published, UTC) if item.published else None
        article = server_item(title=item.title, html=item.html, link=item.link,
                              guid=item.guid, author=item.author, published=published,
                              source=item.feed_title, site=None, tags=tags)
        found.append((item, keyed(article)))
    return found


def sync(library: Library, backend: Backend, account: str, server: str, *,
         pull: bool = True, progress: Progress | None = None,
         clock: Clock = _now) -> SyncReport:
    """Sync the library with the account (``account``: its key; ``server``: its name for
    the report). With ``pull`` off, only the changes queued here are sent (and the
    server's marks of those articles merged): what the app does after each mark."""
    report = SyncReport(server=server)
    state = SyncState(library)
    step = 0

    def advance() -> None:
        nonlocal step
        step += 1
        if progress:
            progress(step, STEPS)

    if progress:
        progress(0, STEPS)
    try:
        record = state.read()
        if record.account != account:
            record = SyncRecord(account=account)
        if not pull and not record.queue:
            return report
        remote_feeds = backend.feeds() if pull else []
        advance()
        items = list(backend.articles(record.since)) if pull else []
        advance()
        known = {link.remote: aid for aid, link in record.links.items()}
        wanted = ({c.article for c in record.queue} if not pull else set(record.links))
        remote = backend.states(record.links[aid].remote for aid in wanted
                                if aid in record.links)
        labels = backend.labels()
        advance()
    except BackendError as err:
        report.error = str(err)
        report.queued = len(SyncState(library).read().queue) if state.exists() else 0
        return report

    # the new articles, analysed before taking the library's lock
    feed_tags = {f.id: (f.url, f.categories) for f in remote_feeds}
    arriving = [(item, art) for item, art in _articles(items, feed_tags)
                if item.id not in known]
    identities = Identities(library)
    ids = [identities.id_of(art) for _, art in arriving]
    deleted, listed = library.deleted(), library.present_ids()
    chosen = [i for i, ((_, art), aid) in enumerate(zip(arriving, ids, strict=True))
              if aid in listed or not deleted.knows(aid, art.key, art.url)]
    if len(chosen) < len(arriving):  # the user deleted them: they stay deleted
        arriving = [arriving[i] for i in chosen]
        ids = [ids[i] for i in chosen]
    records = processing.prepare_many([art for _, art in arriving]) if arriving else []
    stored = [as_id(rec, aid) for rec, aid in zip(records, ids, strict=True)]
    present = library.present_ids()
    fresh = {aid for aid in ids if aid not in present}
    now = clock()
    links = dict(record.links)
    for (item, _), aid in zip(arriving, ids, strict=True):
        remote[item.id] = item.state  # an article already here: its first base
        links[aid] = Link(item.id, Base(item.state.read, item.state.starred,
                                        item.state.labels))
    planned = SyncRecord(record.account, record.last_sync, record.since, links, record.queue)
    plan = _plan(library, planned, remote, labels, fresh, now)
    try:
        _push(backend, plan)
    except BackendError as err:
        report.error = str(err)
        report.queued = len(record.queue)
        return report
    advance()

    with library.writing():
        local: dict[str, str] = {}  # the server's feed id -> the subscription's here
        if remote_feeds:
            subs = Subscriptions(library)
            before = {f.url for f in subs.all()}
            subscribed = subs.add_many([(f.url, list(f.categories), None, f.title or None,
                                         None) for f in remote_feeds])
            local = {remote.id: feed.id for remote, (feed, _)
                     in zip(remote_feeds, subscribed, strict=True)}
            report.new_feeds = len({f.url for f in remote_feeds} - before)
        for rec, (item, _) in zip(stored, arriving, strict=True):
            rec.feed = local.get(item.feed_id)  # what feed:ID and the feeds view count
        report.feeds = len(remote_feeds)
        if stored:
            added, updated, _ = library.upsert(stored, skip_deleted=True)
            for aid in added:
                identities.stored(aid)
            report.new, report.updated, report.new_ids = len(added), len(updated), added
        current = state.read()
        if current.account != account:
            current = SyncRecord(account=account)
        # a mark changed here while the sync talked to the server is kept for the next
        sent = {(c.article, c.field, c.at) for c in record.queue}
        later = {(c.article, c.field) for c in current.queue
                 if (c.article, c.field, c.at) not in sent}
        _apply_local(library, plan, later)
        current.links.update(links)
        for aid, base in plan.bases.items():
            current.links[aid].base = base
        current.queue = [c for c in current.queue if (c.article, c.field, c.at) not in sent]
        if items:
            current.since = max((i.id for i in items),
                                key=lambda s: int(s) if s.isdigit() else 0)
        if pull:
            current.last_sync = _iso(now)
        state.write(current)
    report.marks_in, report.conflicts = plan.marks_in, plan.conflicts
    report.marks_out = plan.marks_out
    report.queued = len(current.queue)
    advance()
    return report


def _apply_local(library: Library, plan: _Plan, later: set[tuple[str, str]]) -> None:
    """The server's marks, except those changed here since the sync read the queue, and
    those of articles not in the library (deleted here)."""
    present = library.present_ids()
    for value, ids in plan.local_read.items():
        chosen = [aid for aid in ids if (aid, "read") not in later and aid in present]
        if chosen:
            library.set_read(chosen, value)
    for value, ids in plan.local_star.items():
        chosen = [aid for aid in ids if (aid, "starred") not in later and aid in present]
        if chosen:
            library.set_bookmarks(chosen, value)
    for aid, (add, remove) in plan.local_tags.items():
        if aid not in present:
            continue
        add = {t for t in add if (aid, f"tag:{t.casefold()}") not in later}
        remove = {t for t in remove if (aid, f"tag:{t.casefold()}") not in later}
        if add or remove:
            library.change_tags(aid, add=sorted(add), remove=sorted(remove))
