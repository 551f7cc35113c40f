"""Feed follower: polls RSS/Atom feeds and publishes each new or changed item as ArticleReceived.

``feedlist`` reads the feeds file, ``fetch`` is the bounded HTTP GET, ``parse`` turns a feed's
bytes into items (pure), ``state`` remembers what was published, ``backoff`` spaces the retries
and ``follower`` is the loop that ties them together.
"""
