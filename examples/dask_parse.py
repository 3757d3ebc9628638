"""Parse an archive of wire stories with Dask bag, on one machine or on a cluster.

    pip install 'dask[bag]'
    python examples/dask_parse.py ARCHIVE_DIR OUT_DIR                  # local processes
    python examples/dask_parse.py ARCHIVE_DIR OUT_DIR --scheduler tcp://host:8786

Every ``*.txt`` under ARCHIVE_DIR is one story. The paths are split into partitions; each
worker reads its own files and maps ``wirecheck.parse`` over them, so no machine holds more
than one partition of stories at a time, and the driver holds only paths and the summary.
The stories come out as JSON Lines (``wirecheck.story/1``), one file per partition, in
OUT_DIR; the diagnostics are counted per rule code. With a ``dask.distributed`` scheduler
address (or a cluster object) the same code runs on many machines, reading from shared
storage: any path fsspec understands (``s3://bucket/archive``) works for both directories.

``wirecheck.parse`` is pure (bytes in, a frozen ``Story`` out, no I/O, no global state
that changes its results) and picklable with everything it returns, which is all a
distributed engine asks of a function.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import dask.bag as db
import fsspec

from wirecheck import parse
from wirecheck.decode import NotTextError


def parse_one(path: str, data: bytes) -> dict[str, Any]:
    """One story as its ``wirecheck.story/1`` object, or an error record for non-text."""
    try:
        return parse(data, path=path).to_dict()
    except NotTextError as error:  # an image or a binary in the archive: recorded, not fatal
        return {"schema": "wirecheck.error/1", "source": {"path": path}, "error": str(error)}


def parse_partition(paths: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Read and parse the stories of one partition, on the worker that holds it."""
    for path in paths:
        with fsspec.open(path, "rb") as handle:
            data = handle.read()
        yield parse_one(path, data)


def story_bag(paths: list[str], partition_size: int = 200) -> db.Bag:
    """A bag of parsed stories (dicts), ``partition_size`` files to a partition."""
    partitions = max(1, -(-len(paths) // partition_size))
    return db.from_sequence(paths, npartitions=partitions).map_partitions(parse_partition)


def archive_paths(root: str) -> list[str]:
    fs, _, (base,) = fsspec.get_fs_token_paths(root)
    found = sorted(p for p in fs.find(base) if p.endswith(".txt"))
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    return found if protocol == "file" else [f"{protocol}://{p}" for p in found]


def run(
    root: str, out: str, scheduler: str = "processes", partition_size: int = 200
) -> dict[str, int]:
    """Parse every story under ``root``, write JSON Lines to ``out``; counts per code."""
    stories = story_bag(archive_paths(root), partition_size)
    codes = (
        stories.filter(lambda s: "diagnostics" in s)
        .pluck("diagnostics")
        .flatten()
        .pluck("code")
        .frequencies()
    )
    written = stories.map(lambda s: json.dumps(s, ensure_ascii=False)).to_textfiles(
        f"{out.rstrip('/')}/stories-*.jsonl", compute=False, last_endline=True
    )
    if "://" in scheduler:
        from dask.distributed import Client  # a cluster: pip install 'dask[distributed]'

        with Client(scheduler) as client:
            counted, _ = client.compute([codes, written], sync=True)
    else:
        import dask

        counted, _ = dask.compute(codes, written, scheduler=scheduler)
    return dict(sorted(counted))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Parse an archive of stories with Dask.")
    parser.add_argument("archive", help="directory (or fsspec URL) of *.txt stories")
    parser.add_argument("out", help="directory (or fsspec URL) for the JSON Lines")
    parser.add_argument(
        "--scheduler",
        default="processes",
        help="processes, threads, sync, or a dask.distributed address",
    )
    parser.add_argument("--partition-size", type=int, default=200)
    args = parser.parse_args(argv)
    counts = run(args.archive, args.out, args.scheduler, args.partition_size)
    for code, n in counts.items():
        print(f"{code}\t{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
