"""``stdout_chars``: how much of stdout a request gets back (tools whose product is the output need all of it)."""

from __future__ import annotations

import pytest

from oorl.types import ExecRequest, RequestError
from tests.conftest import need

BIG = "import sys\nfor i in range(3000):\n    print(f'line {i:05d}')\n"  # 33,000 characters


def test_default_keeps_the_tail_and_more_on_request(executor):
    need("python")
    short, full = executor.run_batch([
        ExecRequest(id="a", language="python", code=BIG),
        ExecRequest(id="b", language="python", code=BIG, stdout_chars=1 << 20),
    ])
    assert short.passed and full.passed
    assert len(short.stdout_tail) == 2000 and short.stdout_tail.endswith("line 02999\n")
    assert full.stdout_tail.startswith("line 00000\n") and len(full.stdout_tail) == 33000


def test_stdout_chars_is_validated_and_part_of_the_content_key():
    with pytest.raises(RequestError, match="stdout_chars"):
        ExecRequest(id="a", language="python", code="", stdout_chars=0)
    with pytest.raises(RequestError, match="stdout_chars"):
        ExecRequest.from_dict({"id": "a", "language": "python", "code": "", "stdout_chars": "lots"})
    a = ExecRequest(id="a", language="python", code="x")
    assert a.content_key("python") != ExecRequest(id="a", language="python", code="x", stdout_chars=9).content_key("python")
