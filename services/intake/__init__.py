"""Live intake: one input's bytes (a pushed body, a feed item) through the ingestor's own reading."""
