"""The `copydesk` command line: one composition root per command, settings read once here."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from services.common.settings import Settings

FORMATS = ("text", "html", "ninjs", "newsml")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="copydesk", description="Event-sourced news ingestion over Apache Kafka.")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("broker", help="the local single-node Kafka broker")
    b.add_argument("action", choices=("fetch", "start", "stop", "status"))

    sub.add_parser("topics", help="create every copydesk topic that does not exist yet")

    i = sub.add_parser("ingest", help="publish articles from files, directories or stdin (-), or follow feeds")
    i.add_argument("paths", nargs="*", metavar="PATH")
    i.add_argument(
        "--follow",
        nargs="+",
        action="extend",
        default=[],
        metavar="URL",
        help="follow RSS/Atom feeds: poll them until stopped, publishing each new or changed item",
    )
    i.add_argument(
        "--feeds",
        action="append",
        default=[],
        metavar="FILE",
        help="follow the feeds of FILE: one URL a line, optionally followed by the source name",
    )
    i.add_argument("--once", action="store_true", help="with --follow/--feeds: poll each feed once, then exit")
    i.add_argument("--format", choices=FORMATS, help="force the input format (default: by extension or content)")
    i.add_argument(
        "--source",
        help="source name for every input (default: the file's folder name; with --follow: the feed's title)",
    )

    sub.add_parser("worker", help="run the faust processors worker (cleaning, enrichment)")

    pj = sub.add_parser("project", help="consume enriched events into the store")
    pj.add_argument("--until-caught-up", action="store_true", help="stop at the end of the log")
    sub.add_parser("replay", help="rebuild the store from the start of the log")

    pr = sub.add_parser("process", help="run the pipeline offline (no broker) and print JSON lines")
    pr.add_argument("paths", nargs="+", metavar="PATH")
    pr.add_argument("--format", choices=FORMATS)
    pr.add_argument("--source")
    pr.add_argument("--skip-cleaning", action="store_true", help="take each input as an already clean body")

    ld = sub.add_parser("load", help="run the pipeline offline and project the result into the store (no broker)")
    ld.add_argument("paths", nargs="+", metavar="PATH")
    ld.add_argument("--format", choices=FORMATS)
    ld.add_argument("--source")
    ld.add_argument("--skip-cleaning", action="store_true")

    r = sub.add_parser("run", help="the main job: broker, processors, projector; ingest PATHs (default seeds/)")
    r.add_argument("paths", nargs="*", metavar="PATH")
    r.add_argument("--format", choices=FORMATS)
    r.add_argument("--source")
    r.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the store (default 300)")
    r.add_argument("--workers", type=int, help="worker processes (default: COPYDESK_WORKERS, else the number of cores)")

    q = sub.add_parser("query", help="read the store")
    q.add_argument("what", choices=("articles", "article", "entities"))
    q.add_argument("id", nargs="?")
    q.add_argument("--q", help="full-text query (articles)")
    q.add_argument("--entity", help="entity id or alias (articles)")
    q.add_argument("--limit", type=int, default=20)
    q.add_argument("--json", action="store_true")

    d = sub.add_parser("dlq", help="list the dead letters, or replay their original records")
    d.add_argument("action", choices=("list", "replay"))
    d.add_argument("--stage", help="only the dead letters of this stage (cleaning, enrichment, projector)")
    d.add_argument("--since", metavar="T", help="only those failed since T: ISO 8601 time or a duration (10m, 2h, 1d)")

    s = sub.add_parser("schemas", help="write JSON Schemas of the events and the AsyncAPI document")
    s.add_argument("directory")

    w = sub.add_parser("withdraw", help="withdraw articles (an editor's kill): hidden from queries, history kept")
    w.add_argument("ids", nargs="+", metavar="ID", help="an article id (a-...) or a wire item's id (uri, guid, URL)")
    w.add_argument("--status", choices=("killed", "canceled", "withheld"), default="killed")
    w.add_argument("--reason", help="a note kept with the withdrawal")

    sv = sub.add_parser("serve", help="serve the HTTP API and the editor's pages")
    sv.add_argument("--host")
    sv.add_argument("--port", type=int)

    it = sub.add_parser("intake", help="serve POST /ingest: the HTTP push intake (bearer token required)")
    it.add_argument("--host")
    it.add_argument("--port", type=int)

    e = sub.add_parser("eval", help="score a stage on development data")
    e.add_argument("kind", choices=("boilerplate", "entities", "figures", "stories"))
    e.add_argument("directory")
    e.add_argument("--json", action="store_true")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cmd = args.command
    if cmd == "broker":
        from services.commands import broker

        return broker.run(settings, args.action)
    if cmd == "topics":
        from services.bootstrap import connect_cluster

        print(f"topics ready on {connect_cluster(settings, start=False).bootstrap}")
        return 0
    if cmd == "ingest":
        if args.follow or args.feeds:
            if args.paths:
                raise SystemExit("copydesk: ingest takes PATHs or --follow/--feeds, not both")
            from services.commands import follow

            return follow.run(settings, args.follow, args.feeds, once=args.once, source=args.source)
        if not args.paths:
            raise SystemExit("copydesk: ingest needs a PATH (or - for stdin), --follow URL or --feeds FILE")
        from services.commands import ingest

        return ingest.run(settings, args.paths, args.format, args.source)
    if cmd == "worker":
        from services.commands import worker

        return worker.run(settings)
    if cmd in ("project", "replay"):
        from services.commands import project

        return project.run(settings, until_caught_up=getattr(args, "until_caught_up", False), replay=cmd == "replay")
    if cmd == "process":
        from services.commands import process

        return process.run(settings, args.paths, args.format, args.source, args.skip_cleaning)
    if cmd == "load":
        from services.commands import load

        return load.run(settings, args.paths, args.format, args.source, args.skip_cleaning)
    if cmd == "run":
        from services.commands import run

        if args.workers is not None:
            settings = settings.model_copy(update={"workers": max(1, args.workers)})
        return run.run(settings, args.paths, args.format, args.source, args.timeout)
    if cmd == "query":
        from services.commands import query

        return query.run(settings, args.what, args.id, args.q, args.entity, args.limit, args.json)
    if cmd == "dlq":
        from services.commands import dlq

        return dlq.run(settings, args.action, args.stage, args.since)
    if cmd == "schemas":
        from pathlib import Path

        from events.schemas import write_schemas

        for path in write_schemas(Path(args.directory), settings.topic_prefix):
            print(path)
        return 0
    if cmd == "withdraw":
        from services.commands import withdraw

        return withdraw.run(settings, args.ids, args.status, args.reason)
    if cmd == "serve":
        from services.api.serve import serve
        from services.bootstrap import build_api

        app, store = build_api(settings)
        serve(app, store, args.host or settings.api_host, args.port or settings.api_port)
        return 0
    if cmd == "intake":
        from services.commands import intake

        return intake.run(settings, args.host, args.port)
    if cmd == "eval":
        from services.commands import evaluate

        return evaluate.run(args.kind, args.directory, args.json)
    raise AssertionError(cmd)


if __name__ == "__main__":
    sys.exit(main())
