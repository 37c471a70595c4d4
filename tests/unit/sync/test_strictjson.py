"""Strict JSON parser and canonical encoder."""

from __future__ import annotations

import math

import pytest

from ekinerja_desktop.sync.errors import BundleError, StrictJsonError
from ekinerja_desktop.sync.strictjson import dumps_canonical, loads_strict


def _code(data: bytes, **kwargs: int) -> str:
    kwargs.setdefault("max_bytes", 1 << 20)
    with pytest.raises(StrictJsonError) as info:
        loads_strict(data, **kwargs)
    assert isinstance(info.value, BundleError)
    assert info.value.message  # Indonesian text for the user
    return info.value.code


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'{"a": NaN}', "json_nan"),
        (b"[Infinity]", "json_nan"),
        (b"-Infinity", "json_nan"),
        (b'{"a": {"b": [1, {"x": NaN}]}}', "json_nan"),
        (b'{"a": 1, "a": 2}', "json_duplicate_key"),
        (b'{"a": {"b": 1, "b": 1}}', "json_duplicate_key"),
        (b'[{"k": [{"z": 0, "y": 1, "z": 0}]}]', "json_duplicate_key"),
        (b'\xef\xbb\xbf{"a": 1}', "json_bom"),
        (b'{"a": "\xff"}', "json_not_utf8"),
        (b'{"a": "\xc3"}', "json_not_utf8"),
        (b'"\xed\xa0\x80"', "json_not_utf8"),  # UTF-8-encoded surrogate
        (b'"\\ud800"', "json_not_utf8"),  # escaped lone surrogate
        (b'{"\\udfff": 1}', "json_not_utf8"),
        (b'{"a": 1} x', "json_invalid"),
        (b'{"a": 1}{"b": 2}', "json_invalid"),
        (b"[1, 2]]", "json_invalid"),
        (b"1 2", "json_invalid"),
        (b"", "json_invalid"),
        (b'{"a": 1,}', "json_invalid"),
        (b"{'a': 1}", "json_invalid"),
        (b'"tab\there"', "json_invalid"),  # raw control character in a string
        (b"[" + b"9" * 5000 + b"]", "json_invalid"),  # integer digit limit
        (b"[" * 33 + b"]" * 33, "json_too_deep"),
        (b'{"a":' * 33 + b"1" + b"}" * 33, "json_too_deep"),
        (b"[" * 100_000 + b"]" * 100_000, "json_too_deep"),
    ],
)
def test_rejects(data: bytes, code: str) -> None:
    assert _code(data) == code


def test_depth_limit_is_exact() -> None:
    assert loads_strict(b"[" * 32 + b"]" * 32, max_bytes=100) is not None
    assert _code(b"[" * 32 + b"]" * 32, max_bytes=100, max_depth=31) == "json_too_deep"
    # brackets inside strings do not count
    assert loads_strict(b'["' + b"[" * 100 + b'"]', max_bytes=200, max_depth=1) == ["[" * 100]


def test_size_limit() -> None:
    assert loads_strict(b"[1]", max_bytes=3) == [1]
    assert _code(b"[1] ", max_bytes=3) == "json_too_large"


def test_accepts_valid_json() -> None:
    data = (
        '{"nama":"Siti Rahmawati","nilai":[1,2.5,-3e2,true,false,null],'
        '"\u00e9":"\\u00e9 \\ud83d\\ude00"}'
    )
    value = loads_strict(data.encode("utf-8"), max_bytes=1000)
    assert value["nilai"] == [1, 2.5, -300.0, True, False, None]
    assert value["é"] == "é 😀"
    assert loads_strict(b' \n{"a":1}\n ', max_bytes=100) == {"a": 1}


def test_rejects_non_bytes() -> None:
    with pytest.raises(TypeError):
        loads_strict('{"a": 1}', max_bytes=100)  # type: ignore[arg-type]


def test_dumps_canonical() -> None:
    value = {"b": [1, {"z": None, "a": "é"}], "a": 1.5, "c": True}
    data = dumps_canonical(value)
    assert data == '{"a":1.5,"b":[1,{"a":"é","z":null}],"c":true}'.encode()
    assert loads_strict(data, max_bytes=1000) == value
    assert dumps_canonical(loads_strict(data, max_bytes=1000)) == data


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ({"a": math.nan}, "json_nan"),
        ([math.inf], "json_nan"),
        ({1: "int key"}, "json_unencodable"),
        ({"a": {2: "nested int key"}}, "json_unencodable"),
        ({"a": b"bytes"}, "json_unencodable"),
        ({"a": "\ud800"}, "json_unencodable"),
    ],
)
def test_dumps_canonical_rejects(value: object, code: str) -> None:
    with pytest.raises(StrictJsonError) as info:
        dumps_canonical(value)
    assert info.value.code == code


def _row_outcome(data: bytes):
    """What loads_row gives (value or error code); loads_strict must agree exactly."""
    from ekinerja_desktop.sync.strictjson import loads_row

    results = []
    for parse in (loads_row, loads_strict):
        try:
            results.append(("ok", parse(data, max_bytes=1 << 10)))
        except StrictJsonError as exc:
            results.append(("error", exc.code))
    assert results[0] == results[1], data
    return results[0]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"a":"x,y","b":1}', ("ok", {"a": "x,y", "b": 1})),
        (b'{"a":1,"a":2}', ("error", "json_duplicate_key")),
        (b'{"a" : 1,"a":2}', ("error", "json_duplicate_key")),
        # a duplicate cannot hide behind an escaped comma or a comma-free string
        (b'{"a":"\\u002c","b":1,"b":2}', ("error", "json_duplicate_key")),
        (b'{"a":"p","a":"q,r"}', ("error", "json_duplicate_key")),
        (b'{"a,b":1,"a,b":1}', ("error", "json_duplicate_key")),
        (b'{"a":NaN}', ("error", "json_nan")),
        (b'{"a":Infinity,"b":1}', ("error", "json_nan")),
        (b'{"a":{"b":1,"b":2}}', ("error", "json_duplicate_key")),
        (b'{"a":[1,2],"b":null}', ("ok", {"a": [1, 2], "b": None})),
        (b' {"a":1}', ("ok", {"a": 1})),
        (b'{"a":1} ', ("ok", {"a": 1})),
        (b'{"a":1}x', ("error", "json_invalid")),
        (b'\xef\xbb\xbf{"a":1}', ("error", "json_bom")),
        (b'{"a":"\xff"}', ("error", "json_not_utf8")),
        (b'{"a":"\\ud800"}', ("error", "json_not_utf8")),
        (b'{"a":"tab\there"}', ("error", "json_invalid")),
        (b"{}", ("ok", {})),
        (b'{"a":1,' + b" " * 2000 + b'"b":2}', ("error", "json_too_large")),
    ],
)
def test_loads_row_fast_path_agrees_with_the_strict_parser(data, expected):
    assert _row_outcome(data) == expected


def test_loads_row_agrees_on_random_rows():
    import random

    rng = random.Random(5)
    alphabet = ['"', ",", ":", "a", "b", " ", "\\", "{", "}", "1", "[", "]", "é"]
    for _ in range(3000):
        keys = [rng.choice("abc,") * rng.randint(1, 2) for _ in range(rng.randint(1, 4))]
        parts = []
        for key in keys:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))
            value = rng.choice([str(rng.randint(0, 9)), '"' + text + '"', "null", "true"])
            parts.append(f'"{key}":{value}')
        _row_outcome(("{" + ",".join(parts) + "}").encode())
