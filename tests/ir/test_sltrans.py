"""SLTrans adapter: local parquet/JSONL/directory loading, ids, skipped rows, errors, the hub path (faked).

The fixtures (``fixtures/sltrans``, made by its ``make_fixtures.py``) hold six rows per split: four
plain programs, ``prefix_queries`` (row 4: does not compile standalone, but has IR, so it loads)
and ``fib_mod`` (row 5: empty IR, so it is skipped).  No test compiles or runs anything.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import types
from pathlib import Path

import pytest

from oorl.ir.sltrans import load_sltrans
from oorl.ir.source import DEFAULT_PROBES, SourceError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sltrans"
JSONL = FIXTURES / "c_size_optimized.jsonl"
SIZE_SHARDS = sorted((FIXTURES / "C").glob("Size_Optimized-*.parquet"))
PERF_SHARD = FIXTURES / "C" / "Perf_Optimized-00000-of-00001.parquet"
LOADED = [f"sltrans-Size_Optimized-{i}" for i in range(5)]  # row 5 (empty IR) is skipped


def _records() -> list[dict]:
    return [json.loads(line) for line in JSONL.read_text().splitlines()]


def _write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_jsonl_rows_become_program_sources_with_the_ir_as_extra_winner():
    sources, skipped = load_sltrans(str(JSONL))
    records = _records()
    assert [s.id for s in sources] == LOADED
    for i, s in enumerate(sources):
        assert s.kind == "program" and s.origin == "sltrans" and s.driver is None
        assert s.code == records[i]["Source_Code"]
        assert s.extra_winners == [("sltrans:Size_Optimized", records[i]["IR_Original"])]
        assert s.inputs == list(DEFAULT_PROBES) and s.probed  # no inputs given: the builder's probes
        assert s.meta["row"] == i and s.meta["sltrans_split"] == "Size_Optimized"
    assert "MAXN" in sources[4].code and "define MAXN" not in sources[4].code  # loads; compiling is not our job
    assert skipped == [(f"{JSONL} line 6", "empty or missing IR (IR_Original)")]


def test_parquet_shards_directory_and_gzipped_jsonl_agree(tmp_path):
    gz = tmp_path / "rows.jsonl.gz"
    gz.write_bytes(gzip.compress(JSONL.read_bytes()))
    want = [(s.id, s.code, s.extra_winners) for s in load_sltrans(str(JSONL))[0]]
    from_dir, dir_skipped = load_sltrans(str(FIXTURES))  # finds C/Size_Optimized-*, leaves Perf_Optimized
    assert [(s.id, s.code, s.extra_winners) for s in from_dir] == want
    assert [(s.id, s.code, s.extra_winners) for s in load_sltrans(str(gz))[0]] == want
    assert dir_skipped == [(f"{SIZE_SHARDS[1]} row 2", "empty or missing IR (IR_Original)")]
    # One shard alone numbers its own rows from 0.
    assert [s.id for s in load_sltrans(str(SIZE_SHARDS[1]))[0]] == ["sltrans-Size_Optimized-0", "sltrans-Size_Optimized-1"]


def test_directory_picks_the_requested_split():
    perf, skipped = load_sltrans(str(FIXTURES / "C"), split="Perf_Optimized")
    assert [s.id for s in perf] == [f"sltrans-Perf_Optimized-{i}" for i in range(5)]
    assert all(s.extra_winners[0][0] == "sltrans:Perf_Optimized" for s in perf)
    assert [s.meta["where"].split(" row ")[0] for s in perf] == [str(PERF_SHARD)] * 5
    size = load_sltrans(str(FIXTURES / "C"))[0]
    assert perf[0].extra_winners[0][1] != size[0].extra_winners[0][1]  # -O3 IR, not -Oz
    assert len(skipped) == 1


def test_limit_counts_sources_not_rows():
    assert [s.id for s in load_sltrans(str(JSONL), limit=2)[0]] == LOADED[:2]
    assert load_sltrans(str(JSONL), limit=0)[0] == []


def test_bad_rows_are_skipped_with_file_and_line(tmp_path):
    ok = {"Source_Code": "int main(void){return 0;}\n", "IR_Original": "define i32 @main() { ret i32 0 }\n"}
    path = _write_jsonl(tmp_path / "mixed.jsonl", [
        ok,
        {"Source_Code": None, "IR_Original": "x"},
        {"Source_Code": "   \n", "IR_Original": "x"},
        "{not json",
        "",  # blank lines are not rows
        {"Source_Code": 7, "IR_Original": "x"},
        {"IR_Original": "x"},
        ok,
    ])
    sources, skipped = load_sltrans(str(path))
    assert [s.id for s in sources] == ["sltrans-Size_Optimized-0", "sltrans-Size_Optimized-6"]
    assert skipped == [
        (f"{path} line 2", "empty or missing source (Source_Code)"),
        (f"{path} line 3", "empty or missing source (Source_Code)"),
        (f"{path} line 4", "not a JSON object"),
        (f"{path} line 6", "source (Source_Code) is a int, not a string"),
        (f"{path} line 7", "empty or missing source (Source_Code)"),
    ]


def test_id_column_names_the_sources_and_duplicates_are_skipped(tmp_path):
    rows = [dict(r, problem=p) for r, p in zip(_records()[:3], ["p17", "p42", "p17"])]
    path = _write_jsonl(tmp_path / "ids.jsonl", rows)
    sources, skipped = load_sltrans(str(path), id_column="problem")
    assert [s.id for s in sources] == ["sltrans-Size_Optimized-p17", "sltrans-Size_Optimized-p42"]
    assert skipped == [(f"{path} line 3", "duplicate id 'sltrans-Size_Optimized-p17'")]


def test_missing_path_is_named(tmp_path):
    missing = tmp_path / "nope" / "C.parquet"
    with pytest.raises(SourceError, match=re.escape(f"{missing}: no such file or directory")):
        load_sltrans(str(missing))
    with pytest.raises(SourceError, match="no .parquet files"):
        load_sltrans(str(tmp_path))


@pytest.mark.parametrize("spec", [str(JSONL), str(SIZE_SHARDS[0])])
def test_missing_column_names_it_and_the_valid_ones(spec):
    with pytest.raises(SourceError) as err:
        load_sltrans(spec, ir_column="IR_Optimized")
    msg = str(err.value)
    assert spec in msg and "'IR_Optimized'" in msg and "['Source_Code', 'IR_Original']" in msg


def test_split_and_format_errors(tmp_path):
    with pytest.raises(SourceError, match=r"'train' is not one of \['Size_Optimized', 'Perf_Optimized'\]"):
        load_sltrans(str(JSONL), split="train")
    only_perf = tmp_path / "C"
    only_perf.mkdir()
    (only_perf / PERF_SHARD.name).write_bytes(PERF_SHARD.read_bytes())
    with pytest.raises(SourceError, match="no shard names split 'Size_Optimized'"):
        load_sltrans(str(tmp_path))
    bogus = tmp_path / "x.parquet"
    bogus.write_text("not parquet")
    with pytest.raises(SourceError, match=re.escape(f"{bogus}: not readable as parquet")):
        load_sltrans(str(bogus))


def _fake_datasets(monkeypatch, load_dataset) -> list[tuple]:
    calls: list[tuple] = []

    def record(*args, **kwargs):
        calls.append((args, kwargs))
        return load_dataset(*args, **kwargs)

    monkeypatch.setitem(sys.modules, "datasets", types.SimpleNamespace(load_dataset=record))
    return calls


def test_hub_id_goes_through_datasets(monkeypatch):
    calls = _fake_datasets(monkeypatch, lambda *a, **k: _records())
    sources, skipped = load_sltrans("UKPLab/SLTrans", limit=3)
    assert calls == [(("UKPLab/SLTrans", "C"), {"split": "Size_Optimized", "streaming": True})]
    assert [s.id for s in sources] == LOADED[:3]
    load_sltrans("UKPLab/SLTrans")
    assert calls[-1][1]["streaming"] is False
    assert load_sltrans("UKPLab/SLTrans")[1] == [("UKPLab/SLTrans[C/Size_Optimized] row 5",
                                                   "empty or missing IR (IR_Original)")]


def test_hub_offline_gives_a_clear_error(monkeypatch):
    def offline(*args, **kwargs):
        raise ConnectionError("Couldn't reach the hub")

    _fake_datasets(monkeypatch, offline)
    with pytest.raises(SourceError, match=r"UKPLab/SLTrans \(config 'C', split 'Size_Optimized'\).*Offline\?"):
        load_sltrans("UKPLab/SLTrans")
