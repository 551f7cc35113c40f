"""The read-only HTTP API and the editor's pages over the store port (see app.create_app)."""
