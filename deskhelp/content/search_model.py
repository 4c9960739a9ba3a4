"""The stored errand model (core.search_model): resources/search/errand_model.bin, written by
tools/train_search_model.py.

The file: a magic line, one line of JSON (the errands, the shape, the weights' scale, the intercepts and a digest of
what the model was trained on), then the buckets' IDF as little-endian float32, the errands of each bucket's slots
as bytes (255: empty) and their weights as signed bytes. The desk maps the file and reads the arrays where they
lie. A missing or broken file costs the search its model, never the desk: it is logged and the keywords work alone.
"""

from __future__ import annotations

import json
import logging
import mmap
import sys
from array import array
from pathlib import Path

from deskhelp import paths
from deskhelp.core.search_model import ErrandModel, ModelError
from deskhelp.files import atomic_output

log = logging.getLogger(__name__)

_MAGIC = b"DESKHELP-ERRAND-MODEL 1\n"


def write_model(path: Path, model: ErrandModel, inputs: str) -> None:
    header = {
        "errands": model.errands,
        "buckets": len(model.idf),
        "per_bucket": model.per_bucket,
        "scale": model.scale,
        "intercepts": model.intercepts,
        "inputs": inputs,
    }
    idf = array("f", model.idf)
    if sys.byteorder == "big":
        idf.byteswap()
    body = json.dumps(header, ensure_ascii=False).encode() + b"\n" + idf.tobytes() + bytes(model.members)
    with atomic_output(path) as temporary:  # a desk reading the old file while the trainer runs sees it whole
        temporary.write_bytes(_MAGIC + body + bytes(model.weights))


def _parts(raw: bytes | mmap.mmap) -> tuple[dict, memoryview]:
    if raw[: len(_MAGIC)] != _MAGIC:
        raise ModelError("not a DeskHelp errand model (the first line is wrong)")
    end = raw.find(b"\n", len(_MAGIC))
    if end < 0:
        raise ModelError("the header line is cut off")
    line, rest = raw[len(_MAGIC) : end], memoryview(raw)[end + 1 :]
    try:
        header = json.loads(line)
    except ValueError as error:
        raise ModelError(f"the header is not JSON: {error}") from None
    if not isinstance(header, dict):
        raise ModelError("the header is not a JSON object")
    return header, rest


def parse_model(raw: bytes | mmap.mmap) -> ErrandModel:
    """The model in ``raw``; ModelError saying what is wrong otherwise."""
    header, rest = _parts(raw)
    try:
        errands, buckets, per_bucket = header["errands"], header["buckets"], header["per_bucket"]
        scale, intercepts = header["scale"], header["intercepts"]
    except KeyError as error:
        raise ModelError(f"the header has no {error}") from None
    if not (isinstance(errands, list) and all(isinstance(e, str) for e in errands)):
        raise ModelError("the header's errands are not a list of ids")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in (buckets, per_bucket)):
        raise ModelError("the header's buckets and per_bucket are not positive whole numbers")
    if not isinstance(scale, (int, float)) or not isinstance(intercepts, list):
        raise ModelError("the header's scale or intercepts are not numbers")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in intercepts):
        raise ModelError("the header's intercepts are not numbers")
    slots = buckets * per_bucket
    if len(rest) != 4 * buckets + 2 * slots:
        raise ModelError(f"{len(rest)} bytes of weights, expected {4 * buckets + 2 * slots}")
    if sys.byteorder == "little":  # the file's order: the IDF stays a view into the file like the slots
        idf = rest[: 4 * buckets].cast("f")
    else:
        idf = array("f")
        idf.frombytes(rest[: 4 * buckets])
        idf.byteswap()
    # The slots stay views into the file (read_model maps it): a search reads only the buckets of its words.
    members = rest[4 * buckets : 4 * buckets + slots]
    weights = rest[4 * buckets + slots :].cast("b")
    return ErrandModel(errands, per_bucket, idf, members, weights, float(scale), [float(v) for v in intercepts])


def inputs_digest(path: Path) -> str:
    """What the stored model was trained on (the trainer's digest), or "none"."""
    try:
        header, _ = _parts(path.read_bytes())
    except (OSError, ModelError):
        return "none"
    return str(header.get("inputs", "none"))


def read_model(path: Path | None = None) -> ErrandModel | None:
    """The model, or None (logged): the keywords then search alone.

    The file is mapped, not read: a search touches a few hundred of its 2 MB of weights, and only those pages are
    ever loaded (``deskhelp search`` stays under its 30 MB; issue 18)."""
    path = path or paths.bundled_model_path()
    try:
        with open(path, "rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        return parse_model(mapped)
    except (OSError, ValueError) as error:  # ValueError: an empty file cannot be mapped; ModelError is one too
        log.warning("search model not used: %s", error)
        return None
