"""The chaos suite's longer variant: many runs, more rounds of faults, more articles.

Each run is tests/integration/chaos/scenario.py's ChaosRun on a broker of its own, with its own
seed (printed); every round of a run repeats the faults (five worker kills, a projector kill, a
broker restart, a frozen worker) over its share of the articles. Prints one line per run and the
totals (runs, faults, lost, duplicated, unaccounted, replay mismatches), and writes them as JSON.

Usage: .venv/bin/python bench/chaos_soak.py [--runs 20] [--articles 3000] [--rounds 2] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.integration.chaos.scenario import ChaosRun  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--poison", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None, help="first seed (default: random); run i uses seed+i")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "chaos_soak.json")
    args = parser.parse_args()
    first = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    runs = []
    for i in range(args.runs):
        seed = first + i
        folder = Path(tempfile.mkdtemp(prefix=f"copydesk-chaos-{seed}-"))
        run = ChaosRun(folder, seed, articles=args.articles, rounds=args.rounds, poison=args.poison,
                       say=lambda line: print(f"  {line}", flush=True))
        try:
            report = run.run()
            result = {"seed": seed, "ok": report.ok, "faults": len(report.faults), "stored": report.stored,
                      "lost": len(report.lost), "duplicated": len(report.duplicated),
                      "unaccounted": len(report.unaccounted), "bad_letters": len(report.bad_letters),
                      "replay_differs": report.replay_differs, "seconds": round(report.seconds)}
            print(("ok   " if report.ok else "FAIL ") + report.summary().splitlines()[0], flush=True)
        except AssertionError as exc:  # a timeout or a process that died: a failed run, with its seed
            result = {"seed": seed, "ok": False, "error": str(exc).splitlines()[0]}
            print(f"FAIL seed={seed}: {result['error']} (folder kept: {folder})", flush=True)
        runs.append(result)
        if result["ok"]:
            shutil.rmtree(folder, ignore_errors=True)
    totals = {
        "runs": len(runs), "failed": sum(not r["ok"] for r in runs),
        "faults": sum(r.get("faults", 0) for r in runs),
        "lost": sum(r.get("lost", 0) for r in runs), "duplicated": sum(r.get("duplicated", 0) for r in runs),
        "unaccounted": sum(r.get("unaccounted", 0) for r in runs),
        "replay_mismatches": sum(bool(r.get("replay_differs")) for r in runs),
    }
    print(json.dumps(totals))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "articles": args.articles, "rounds": args.rounds, "poison": args.poison, "first_seed": first,
        "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "totals": totals, "runs": runs,
    }, indent=2))
    return 0 if totals["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
