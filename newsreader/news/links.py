"""Canonical links: one spelling of a web address for everything that is the same page.

Two links name the same article when they differ only in what does not choose the page: a
fragment (``#main``), tracking parameters (``utm_*``, ``fbclid``...), the order of the other
parameters, a trailing slash, http against https, the host's case or a default port.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from newsreader.news.article import Link
from newsreader.news.cleaning import one_line

TRACKING = re.compile(
    r"(utm_[a-z0-9_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|"
    r"_hsenc|_hsmi|mkt_tok|ocid|cmpid|smid|s_cid|at_medium|at_campaign|ref_src|__twitter_impression)",
    re.IGNORECASE)
"""Query parameters that say how a reader came to a page, not which page it is."""

DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str | None) -> str | None:
    """The canonical spelling of an http(s) link, or None for anything else (no link, another
    scheme, no host). The scheme becomes https (http and https serve the same article), the
    host lower case without a default port; the fragment and tracking parameters go, the
    other parameters are sorted, and the path loses its trailing slashes (it keeps its case:
    paths are case-sensitive)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host:
        return None
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not TRACKING.fullmatch(k))
    return f"https://{host}{path}" + (f"?{urlencode(query)}" if query else "")


def names_an_article(url: str | None) -> bool:
    """Whether a link can tell articles apart: an http(s) link to more than a site's front
    page (feeds whose every item links to the front page are many articles)."""
    canonical = canonical_url(url)
    if canonical is None:
        return False
    rest = canonical.split("//", 1)[1]
    path_and_query = rest[rest.find("/"):] if "/" in rest else "/"
    return path_and_query != "/"


MAX_LINKS = 300
"""Links kept from one article (a page of thousands keeps its first ones)."""
MAX_LINK_TEXT = 200
"""Characters of a link's words kept."""
MAX_LINK_LENGTH = 2048
"""A longer address is not kept (it is no link a reader follows)."""


def article_links(found: Iterable[tuple[object, object]], base: str | None = None,
                  also: Iterable[str] = ()) -> tuple[Link, ...]:
    """Links from (address, words) pairs as found in HTML: each made absolute against
    ``base``, only http(s) ones with a host kept (never ``javascript:``, ``mailto:`` or a
    ``#fragment`` of the page itself, ``base`` or one of the addresses ``also`` gives),
    each address once with its first words, in order, at most MAX_LINKS."""
    kept: dict[str, Link] = {}
    pages = {p.split("#", 1)[0] for p in (base or "", *also) if p}
    for href, words in found:
        if not isinstance(href, str) or not href.strip():
            continue
        href = one_line(href)
        try:
            url = urljoin(base or "", href) if base else href
            parts = urlsplit(url)
        except ValueError:
            continue
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            continue
        if len(url) > MAX_LINK_LENGTH or href.startswith("#") or (
                "#" in url and url.split("#", 1)[0] in pages):
            continue
        if url not in kept:
            text = one_line(words)[:MAX_LINK_TEXT] if isinstance(words, str) else ""
            kept[url] = Link(url, text)
            if len(kept) >= MAX_LINKS:
                break
    return tuple(kept.values())
