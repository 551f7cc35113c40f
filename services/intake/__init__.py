"""Live intake: one input's bytes (a pushed body, a feed item) through the ingestor's own reading.

``accept`` reads one input with the ingestor and publishes what it gives; ``app`` is the HTTP push
service (``POST /ingest``, run by ``copydesk intake``), ``gate`` its token and body-size checks,
``media`` the Content-Type of a pushed body.
"""
