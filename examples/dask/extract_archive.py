#!/usr/bin/python3
"""Run the vn-news-extract CLI over a sharded JSONL archive with Dask distributed.

Usage:

    /usr/bin/python3 examples/dask/extract_archive.py --workers 4 --out records/ \\
        archive/2023-01.jsonl.gz archive/2023-02.jsonl.gz archive/2023-03.jsonl

    # on an existing cluster (shards, --out and the CLI at the same paths on every worker):
    /usr/bin/python3 examples/dask/extract_archive.py --scheduler tcp://10.0.0.5:8786 \\
        --out /shared/records /shared/archive/*.jsonl.gz

Each shard (JSONL, or gzipped JSONL: recognised by its content, whatever its name) is one Dask
task. The task runs on a worker

    node dist/cli.js --input-format jsonl --jobs 1 -

with the shard's decompressed lines on standard input, and writes the CLI's output to
DIR/part-NNNNN.jsonl, NNNNN being the shard's position on the command line (part-00000.jsonl for
the first shard). The CLI writes one line per input line, in order: the article's record, or an
error line {"id", "source", "error": {"code", "message"}} in its place. So line k of part-NNNNN is
line k of shard NNNNN (articles without an id field get the id "-:k").

A shard is done when the CLI exits 0 (every line a record) or 1 (some error lines) AND its part has
exactly as many lines as the shard, each one a JSON object. Anything else (exit 2, a crash or a
signal, a gzip error, a line count that does not match) fails the run loudly: the other shards are
cancelled, the failed shard's part is not written, and the exit code is 1. Parts are written under
a temporary name and renamed when checked, so a part-NNNNN.jsonl on disk is always complete.

The summary (shards, lines, records, error lines by code, seconds) goes to standard output,
progress (one line per finished shard) to standard error.

Exit codes: 0 every shard done and checked; 1 a shard failed; 2 wrong arguments; 130 interrupted
(Ctrl-C or SIGTERM: the cluster is shut down). --shard-timeout SECONDS kills and fails a shard whose
CLI runs longer (the CLI's own --timeout bounds each article; this bounds the whole process).

Needs (Debian 12): apt-get install --no-install-recommends python3-distributed, and Node.js >= 20
with a built checkout (npm ci && npm run build) or the installed package's dist/cli.js.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

DEFAULT_CLI = Path(__file__).resolve().parents[2] / "dist" / "cli.js"
PART_NAME = "part-{:05d}.jsonl"
GZIP_MAGIC = b"\x1f\x8b"
UTF8_BOM = b"\xef\xbb\xbf"
CHUNK = 1 << 20


class ShardFailed(RuntimeError):
    """A shard whose CLI run or output check failed."""


class LineCounter:
    """Counts lines the way the CLI reads them: `\\n` ends a line, a last line without one counts
    when it is not empty (a UTF-8 byte order mark at the very start is dropped, as the CLI does)."""

    def __init__(self) -> None:
        self.newlines = 0
        self.tail = 0  # bytes after the last newline
        self.head = b""  # the first bytes, to spot a lone BOM

    def feed(self, chunk: bytes) -> None:
        if len(self.head) < 3:
            self.head += chunk[: 3 - len(self.head)]
        n = chunk.count(b"\n")
        if n:
            self.newlines += n
            self.tail = len(chunk) - chunk.rindex(b"\n") - 1
        else:
            self.tail += len(chunk)

    @property
    def lines(self) -> int:
        if self.tail == 0:
            return self.newlines
        if self.newlines == 0 and self.head == UTF8_BOM and self.tail == 3:
            return 0
        return self.newlines + 1


def open_shard(path: str):
    """The shard as a binary stream, gunzipped when its first bytes are gzip's magic number."""
    with open(path, "rb") as f:
        magic = f.read(2)
    return gzip.open(path, "rb") if magic == GZIP_MAGIC else open(path, "rb")


def check_part(path: Path) -> tuple[int, int, Counter]:
    """Lines, records and error codes of a part; raises ShardFailed on a line that is not a JSON object."""
    lines = records = 0
    errors: Counter = Counter()
    with open(path, "rb") as f:
        for lines, raw in enumerate(f, start=1):
            try:
                obj = json.loads(raw)
            except ValueError as e:
                raise ShardFailed(f"{path}: line {lines} is not JSON ({e})") from None
            if not isinstance(obj, dict):
                raise ShardFailed(f"{path}: line {lines} is not a JSON object")
            if "error" in obj and "schemaVersion" not in obj:
                errors[str((obj.get("error") or {}).get("code", "?"))] += 1
            else:
                records += 1
    return lines, records, errors


def _dies_with_worker():
    """On Linux, a preexec_fn that has the kernel kill the CLI when the worker that started it dies
    (a killed run, a worker the nanny restarts), so no CLI outlives its worker. None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here, on the worker: never pickled
    pr_set_pdeathsig = 1

    def preexec() -> None:
        prctl(pr_set_pdeathsig, signal.SIGKILL)

    return preexec


def extract_shard(index: int, shard: str, out_dir: str, cli: str, node: str, published: str | None, timeout: float | None,
                  shard_timeout: float | None = None) -> dict:
    """The Dask task: one shard through the CLI into its part file. Runs on a worker."""
    started = time.monotonic()
    part = Path(out_dir) / PART_NAME.format(index)
    tmp = part.with_name(f".{part.name}.{os.getpid()}.tmp")
    cmd = [node, cli, "--input-format", "jsonl", "--jobs", "1", "--no-progress"]
    if published:
        cmd += ["--published", published]
    if timeout is not None:
        cmd += ["--timeout", str(timeout)]
    cmd.append("-")
    counter = LineCounter()
    feed_error: list[BaseException] = []
    try:
        with open(tmp, "wb") as out:
            # Standard error holds one line per error line plus the summary: spooled to a file,
            # so a shard of a million bad lines cannot fill a pipe and block the CLI.
            err_path = tmp.with_suffix(".stderr")
            with open(err_path, "w+b") as err:
                proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out, stderr=err, preexec_fn=_dies_with_worker())

                def feed() -> None:
                    try:
                        with open_shard(shard) as src:
                            while chunk := src.read(CHUNK):
                                counter.feed(chunk)
                                proc.stdin.write(chunk)
                    except BrokenPipeError as e:  # the CLI died: its exit code says why
                        feed_error.append(e)
                    except BaseException as e:  # a gzip or read error: the shard fails
                        feed_error.append(e)
                        proc.kill()
                    finally:
                        try:
                            proc.stdin.close()
                        except BrokenPipeError:
                            pass

                feeder = threading.Thread(target=feed, name=f"feed-{index}", daemon=True)
                feeder.start()
                try:
                    code = proc.wait(timeout=shard_timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                    feeder.join()
                    raise ShardFailed(f"shard {index} ({shard}): the CLI did not finish within --shard-timeout {shard_timeout:g} s and was killed") from None
                feeder.join()
                err.seek(0)
                stderr = err.read().decode("utf-8", "replace")
            os.unlink(err_path)
        summary_line = next((l for l in reversed(stderr.splitlines()) if l.startswith("vn-news-extract:")), "")
        if feed_error and not isinstance(feed_error[0], BrokenPipeError):
            raise ShardFailed(f"shard {index} ({shard}): could not be read: {feed_error[0]!r}")
        if code not in (0, 1):
            how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
            said = [l for l in stderr.splitlines() if l.startswith("vn-news-extract:")] or stderr.splitlines()
            tail = "\n".join(said[-10:])
            raise ShardFailed(f"shard {index} ({shard}): the CLI {how} (command: {' '.join(cmd)})\n{tail}")
        if feed_error:  # exit 0 or 1 without reading all its input: the counts below would mislead
            raise ShardFailed(f"shard {index} ({shard}): the CLI exited {code} before reading all of its input")
        lines_out, records, errors = check_part(tmp)
        if lines_out != counter.lines:
            raise ShardFailed(
                f"shard {index} ({shard}): {counter.lines} input lines but {lines_out} output lines "
                f"(the CLI must write exactly one line per input line)"
                + (f"; the CLI said: {summary_line}" if summary_line else "; the CLI's standard error ends:\n" + "\n".join(stderr.splitlines()[-10:]))
            )
        if (code == 0) != (sum(errors.values()) == 0):
            raise ShardFailed(f"shard {index} ({shard}): the CLI exited {code} but its output has {sum(errors.values())} error lines")
        os.replace(tmp, part)
    except BaseException:
        for p in (tmp, tmp.with_suffix(".stderr")):
            try:
                os.unlink(p)
            except FileNotFoundError:
                pass
        raise
    return {
        "index": index,
        "shard": shard,
        "part": str(part),
        "lines": counter.lines,
        "records": records,
        "errors": dict(errors),
        "exit": code,
        "seconds": time.monotonic() - started,
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Run vn-news-extract over JSONL / JSONL.gz shards on a Dask cluster: one part-NNNNN.jsonl per shard.",
        epilog="Exit codes: 0 every shard done and checked; 1 a shard failed; 2 wrong arguments; 130 interrupted.",
    )
    p.add_argument("shards", nargs="+", metavar="SHARD", help="a JSONL or gzipped JSONL file (one article per line)")
    p.add_argument("--out", required=True, metavar="DIR", help="directory for part-00000.jsonl, part-00001.jsonl, ... (created if missing)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N", help="worker processes of the local cluster (default: one per core)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="connect to this Dask scheduler instead of starting a local cluster")
    p.add_argument("--cli", default=str(DEFAULT_CLI), metavar="PATH", help=f"the CLI's dist/cli.js (default: {DEFAULT_CLI})")
    p.add_argument("--node", default=os.environ.get("NODE", "node"), metavar="PATH", help="the Node.js executable (default: $NODE, else node on PATH)")
    p.add_argument("--published", metavar="DATE", help="passed to the CLI: publication date for articles that give none (YYYY-MM-DD)")
    p.add_argument("--timeout", type=float, metavar="SECONDS", help="passed to the CLI: time budget per article")
    p.add_argument("--shard-timeout", type=float, metavar="SECONDS", help="fail a shard whose CLI runs longer than this (it is killed; default: no limit)")
    p.add_argument("--overwrite", action="store_true", help="replace part files already in DIR (and remove those this run does not write)")
    args = p.parse_args(argv)
    if args.workers < 1:
        p.error("--workers must be at least 1")
    if args.shard_timeout is not None and args.shard_timeout <= 0:
        p.error("--shard-timeout must be positive")
    missing = [s for s in args.shards if not os.path.isfile(s)]
    if missing:
        p.error(f"not a file: {', '.join(missing)}")
    if not args.scheduler and not os.path.isfile(args.cli):
        p.error(f"no CLI at {args.cli} (run npm run build, or give --cli)")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        p.error(f"--out {out} is not a directory")
    existing = sorted(out.glob("part-*.jsonl")) if out.is_dir() else []
    if existing and not args.overwrite:
        p.error(f"{out} already has {len(existing)} part files (e.g. {existing[0].name}); give --overwrite or another --out")
    args.shards = [os.path.abspath(s) for s in args.shards]
    args.cli = os.path.abspath(args.cli)
    args.out = os.path.abspath(args.out)
    return args


def run(args: argparse.Namespace) -> int:
    from dask.distributed import Client, LocalCluster, as_completed

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.overwrite:
        keep = {PART_NAME.format(i) for i in range(len(args.shards))}
        for stale in out.glob("part-*.jsonl"):
            if stale.name not in keep:
                stale.unlink()
    started = time.monotonic()
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # One thread per worker process: each runs one CLI (itself one worker thread) at a time.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    run_id = uuid.uuid4().hex[:12]
    results: list[dict | None] = [None] * len(args.shards)
    failed: list[str] = []
    try:
        futures = [
            client.submit(extract_shard, i, shard, args.out, args.cli, args.node, args.published, args.timeout, args.shard_timeout,
                          key=f"extract-shard-{i:05d}-{run_id}", pure=False)
            for i, shard in enumerate(args.shards)
        ]
        for future in as_completed(futures):
            try:
                r = future.result()
            except Exception as e:  # noqa: BLE001 - any task failure fails the run
                # A ShardFailed comes back as a copy of the class (pickled by value): compare names.
                failed.append(str(e) if type(e).__name__ == "ShardFailed" else f"{future.key}: {type(e).__name__}: {e}")
                print(f"FAILED {failed[-1]}", file=sys.stderr, flush=True)
                for f in futures:
                    f.cancel()
                break
            results[r["index"]] = r
            errs = sum(r["errors"].values())
            print(f"shard {r['index']}: {r['lines']} lines, {r['records']} records, {errs} error lines "
                  f"in {r['seconds']:.1f} s -> {Path(r['part']).name}", file=sys.stderr, flush=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.monotonic() - started
    if failed:
        print(f"extract_archive: FAILED: {failed[0]}", file=sys.stderr)
        print("extract_archive: parts of the shards that failed or were cancelled are not written", file=sys.stderr)
        return 1
    # The client's own check (the task checked too): every part on disk, as long as its shard.
    for r in results:
        assert r is not None
        lines, records, errors = check_part(Path(r["part"]))
        if lines != r["lines"] or records != r["records"]:
            print(f"extract_archive: FAILED: {r['part']} has {lines} lines, its shard {r['shard']} {r['lines']}", file=sys.stderr)
            return 1
    done = [r for r in results if r is not None]
    codes: Counter = Counter()
    for r in done:
        codes.update(r["errors"])
    lines = sum(r["lines"] for r in done)
    records = sum(r["records"] for r in done)
    by_code = ", ".join(f"{c} {n}" for c, n in sorted(codes.items()))
    where = args.scheduler or f"a local cluster of {args.workers} workers"
    print(f"{len(done)} shards, {lines} lines, {records} records, {sum(codes.values())} error lines"
          f"{f' ({by_code})' if by_code else ''}; {seconds:.1f} seconds on {where}; parts in {args.out}")
    return 0


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    # SIGTERM (a CI timeout, kill) unwinds like Ctrl-C: the cluster and its workers are shut down.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        return run(args)
    except KeyboardInterrupt:
        print("extract_archive: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # worker processes are spawned: they import this module, never run it
    sys.exit(main())
