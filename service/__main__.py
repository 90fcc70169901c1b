"""Command line: ``python -m service extract FILE... | -`` and ``python -m service evaluate``.

``extract`` prints the JSON the API returns: for one input the body of ``POST /v1/quotes``,
for several the body of ``POST /v1/quotes/batch`` with each file name as the ``id``. An input
that cannot be processed, or on which the engine fails, prints its problem (as the API
would; a failure's traceback goes to stderr) and the exit status is 1; an unreadable file or
missing models exit with 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path
from typing import Any

from service.api.problems import Problem, decode_utf8, text_problem
from service.documents import TextError, process
from service.runtime import ModelsUnavailableError, Runtime
from service.serialize import OFFSET_UNITS, OffsetUnit

STDIN = "-"


def _read(name: str) -> bytes:
    # Bytes, not text mode: text mode would turn CRLF into LF and shift every offset.
    return sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()


def _result(name: str, raw: bytes, runtime: Runtime, offsets: OffsetUnit) -> dict[str, Any]:
    """The API's body for one input, or ``{"error": problem}``."""
    try:
        return process(decode_utf8(raw, what=name), runtime, offsets=offsets)
    except TextError as error:
        return {"error": text_problem(error, "").to_dict()}
    except Problem as problem:
        return {"error": problem.to_dict()}
    except ModelsUnavailableError:
        raise
    except Exception:  # one file's engine failure must not sink the others, as in the API
        print(f"error: extraction failed for {name}:", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        failed = Problem(500, "internal-error", f"the extraction failed on {name}")
        return {"error": failed.to_dict()}


def extract(files: list[str], offsets: OffsetUnit) -> int:
    try:
        inputs = [(name, _read(name)) for name in files]
    except OSError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    runtime = Runtime()
    try:
        results = [(name, _result(name, raw, runtime, offsets)) for name, raw in inputs]
    except ModelsUnavailableError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if len(results) == 1:
        result = results[0][1]
        output = result.get("error", result)
    else:
        output = {"results": [{"id": name, **result} for name, result in results]}
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 1 if any("error" in result for _, result in results) else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser("extract", help="print the quotes of articles as JSON")
    extract_cmd.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text, - for stdin")
    extract_cmd.add_argument("--offsets", choices=OFFSET_UNITS, default="codepoint")
    commands.add_parser(
        "evaluate", help="score the engine against gold files: GOLD_DIR TEXT_DIR [--show]"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["evaluate"]:
        # The evaluation parses its own arguments (GOLD_DIR TEXT_DIR [--show]).
        from service.evaluation import main as evaluate

        return evaluate(argv[1:])
    args = _parser().parse_args(argv)
    return extract(args.files, args.offsets)


if __name__ == "__main__":
    sys.exit(main())
