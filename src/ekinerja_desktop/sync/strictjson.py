"""Strict JSON parsing for untrusted bundle data, and the canonical JSON encoding."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, NoReturn

from ekinerja_desktop.sync.errors import StrictJsonError

__all__ = ["dumps_canonical", "loads_row", "loads_strict"]

_BOM = b"\xef\xbb\xbf"
# A JSON escape for a UTF-16 surrogate; only then can a lone surrogate reach a str.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abAB]|\\u[dD][c-fC-F]")


def _reject_constant(name: str) -> NoReturn:
    raise StrictJsonError("json_nan", f"non-finite number {name} is not allowed")


def _pairs_no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise StrictJsonError("json_duplicate_key", f"duplicate key {key!r}")
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(
    object_pairs_hook=_pairs_no_duplicates,
    parse_constant=_reject_constant,
    strict=True,  # control characters inside strings are rejected
)


def _check_tree(value: Any, max_depth: int, check_strings: bool) -> None:
    """Iteratively check nesting depth and (optionally) that every string is valid UTF-8."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            if depth > max_depth:
                raise StrictJsonError("json_too_deep", f"nesting deeper than {max_depth}")
            for key, item in node.items():
                if check_strings:
                    _check_string(key)
                stack.append((item, depth + 1))
        elif isinstance(node, list):
            if depth > max_depth:
                raise StrictJsonError("json_too_deep", f"nesting deeper than {max_depth}")
            stack.extend((item, depth + 1) for item in node)
        elif check_strings and isinstance(node, str):
            _check_string(node)


def _check_string(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise StrictJsonError("json_not_utf8", "lone surrogate escape in a string") from exc


def loads_strict(data: bytes, *, max_bytes: int, max_depth: int = 32) -> Any:
    """Parse one JSON text from untrusted ``data`` or raise :class:`StrictJsonError`.

    Rejected: more than ``max_bytes`` bytes, a UTF-8 BOM, invalid UTF-8 (including
    escaped lone surrogates), NaN/Infinity/-Infinity, duplicate object keys at any
    level, arrays/objects nested deeper than ``max_depth``, anything after the value
    (whitespace excepted), control characters in strings, integers over 4300 digits.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("loads_strict() takes bytes")
    if len(data) > max_bytes:
        raise StrictJsonError("json_too_large", f"{len(data)} bytes > limit {max_bytes}")
    raw = bytes(data)
    if raw.startswith(_BOM):
        raise StrictJsonError("json_bom", "UTF-8 byte order mark at the start")
    try:
        text = raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise StrictJsonError("json_not_utf8", str(exc)) from exc
    try:
        value = _DECODER.decode(text)
    except StrictJsonError:
        raise
    except RecursionError as exc:
        raise StrictJsonError("json_too_deep", "nesting exceeds the parser's recursion") from exc
    except json.JSONDecodeError as exc:
        code = "json_invalid"
        if exc.msg.startswith("Extra data"):
            detail = f"trailing data at byte offset {exc.pos}"
        else:
            detail = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
        raise StrictJsonError(code, detail) from exc
    except ValueError as exc:  # e.g. integer string conversion limit
        raise StrictJsonError("json_invalid", str(exc)) from exc
    # Fast paths: bracket count bounds the depth; no \uD8xx escape means no lone surrogate.
    may_be_deep = raw.count(b"[") + raw.count(b"{") > max_depth
    may_have_surrogate = b"\\u" in raw and _SURROGATE_ESCAPE.search(raw) is not None
    if may_be_deep or may_have_surrogate:
        _check_tree(value, max_depth, may_have_surrogate)
    return value


# The C scanner behind JSONDecoder.decode: (value, end index) from a start index.
_SCAN: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]


def loads_row(data: bytes, *, max_bytes: int) -> Any:
    """:func:`loads_strict` for one table row (a flat JSON object), minus the checks
    a flat object cannot need: with no BOM, no ``\\u`` escape (so no lone surrogate), one
    ``{`` and no ``[`` (so depth 1), it runs the same strict scanner (duplicate keys,
    NaN and control characters are still refused) straight on the text. Anything else,
    and every error, goes through :func:`loads_strict`: same values, same error codes.
    """
    if (
        len(data) <= max_bytes
        and b"\\u" not in data
        and data.count(b"{") == 1
        and b"[" not in data
        and data[:1] == b"{"
    ):
        try:
            text = data.decode("utf-8")
            value, end = _SCAN(text, 0)
        except (UnicodeDecodeError, StopIteration, ValueError, StrictJsonError, RecursionError):
            return loads_strict(data, max_bytes=max_bytes)
        if end == len(text):
            return value
    return loads_strict(data, max_bytes=max_bytes)


def _check_keys(value: Any) -> None:
    stack: list[Any] = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, item in node.items():
                if not isinstance(key, str):
                    raise StrictJsonError("json_unencodable", f"non-string key {key!r}")
                stack.append(item)
        elif isinstance(node, list | tuple):
            stack.extend(node)


def dumps_canonical(obj: Any) -> bytes:
    """Encode ``obj`` as canonical JSON: sorted keys, no whitespace, raw UTF-8, no NaN.

    Only dict (with str keys), list/tuple, str, int, float, bool and None are accepted.
    The output is deterministic, so the same value always yields the same bytes.
    """
    _check_keys(obj)
    try:
        text = json.dumps(
            obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
    except ValueError as exc:
        if "Out of range float" in str(exc):
            raise StrictJsonError("json_nan", str(exc)) from exc
        raise StrictJsonError("json_unencodable", str(exc)) from exc
    except (TypeError, RecursionError) as exc:
        raise StrictJsonError("json_unencodable", str(exc)) from exc
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise StrictJsonError("json_unencodable", "lone surrogate in a string") from exc
