"""The on-disk cache of reference log-probs: hits and misses, fingerprints that tell models and tokenizers
apart, persistence, exact float64 round trips, two handles on one file, and clear errors on bad files."""

from __future__ import annotations

import copy
import math
import sqlite3

import pytest
import torch

from oorl.train import tiny
from oorl.train.refcache import RefCacheError, RefLogpCache, model_fingerprint, tokenizer_fingerprint

SMALL = dict(hidden=32, layers=1, heads=2, kv_heads=1, intermediate=64, max_positions=64)
PAIRS = [("int f(void) { return 1; }", "define i32 @f() {\n  ret i32 1\n}\n"),
         ("int f(void) { return 1; }", "define i32 @f() {\n  ret i32 2\n}\n"),
         ("int g(int x) { return x; }", "define i32 @g(i32 %0) {\n  ret i32 %0\n}\n")]
MFP, TFP = "m" * 64, "t" * 64


@pytest.fixture(scope="module")
def tok():
    return tiny.build_tokenizer(["int main(void) { return 0; }\n", "define i32 @f() {\n  ret i32 0\n}\n"] * 4,
                                vocab_size=300)


@pytest.fixture
def cache(tmp_path):
    with RefLogpCache(tmp_path / "ref.sqlite", MFP, TFP) as c:
        yield c


def test_miss_then_hit(cache):
    assert cache.get_many(PAIRS) == [None, None, None]
    cache.put_many(PAIRS[:2], [-1.5, -2.25])
    assert cache.get_many(PAIRS) == [-1.5, -2.25, None]
    assert cache.get_many([]) == []
    cache.put_many(PAIRS[:1], [-3.0])  # replaces
    assert cache.get_many(PAIRS[:1]) == [-3.0]


def test_prompt_and_response_boundaries_do_not_collide(cache):
    cache.put_many([("ab", "c")], [-1.0])
    assert cache.get_many([("a", "bc"), ("ab", "c"), ("c", "ab")]) == [None, -1.0, None]


def test_different_fingerprints_never_share_values(tmp_path):
    path = tmp_path / "ref.sqlite"
    with RefLogpCache(path, MFP, TFP) as c:
        c.put_many(PAIRS, [-1.0, -2.0, -3.0])
    for model_fp, tok_fp in [("n" * 64, TFP), (MFP, "u" * 64), (TFP, MFP)]:
        with RefLogpCache(path, model_fp, tok_fp) as other:
            assert other.get_many(PAIRS) == [None, None, None]
            other.put_many(PAIRS[:1], [-9.0])
    with RefLogpCache(path, MFP, TFP) as c:
        assert c.get_many(PAIRS) == [-1.0, -2.0, -3.0]
        assert len(c) == 3 + 3


def test_persists_across_reopen(tmp_path):
    path = tmp_path / "sub" / "ref.sqlite"  # the directory is created
    with RefLogpCache(path, MFP, TFP) as c:
        c.put_many(PAIRS, [-1.0, -2.0, -3.0])
    with RefLogpCache(path, MFP, TFP) as c:
        assert c.get_many(PAIRS) == [-1.0, -2.0, -3.0]


def test_values_round_trip_bit_for_bit(tmp_path):
    values = [-123.45678901234567, math.nextafter(-1.0, 0.0), 5e-324, -0.0, -math.inf, 1e308,
              float(torch.tensor(-7.1, dtype=torch.float64)), -1 / 3]
    pairs = [(f"prompt {i}", "r") for i in range(len(values))]
    path = tmp_path / "ref.sqlite"
    with RefLogpCache(path, MFP, TFP) as c:
        c.put_many(pairs, [torch.tensor(v, dtype=torch.float64) for v in values])  # tensors are accepted
    with RefLogpCache(path, MFP, TFP) as c:
        back = c.get_many(pairs)
    assert [v.hex() for v in back] == [v.hex() for v in values]
    assert math.copysign(1.0, back[3]) == -1.0


def test_nan_and_length_mismatch_are_refused(cache):
    with pytest.raises(ValueError, match="NaN"):
        cache.put_many(PAIRS[:2], [-1.0, float("nan")])
    with pytest.raises(ValueError, match="one value per pair"):
        cache.put_many(PAIRS, [-1.0])
    assert cache.get_many(PAIRS[:1]) == [None]  # nothing half-written


def test_two_handles_on_one_file(tmp_path):
    """Two ranks opening the same file: what one writes the other reads (WAL)."""
    path = tmp_path / "ref.sqlite"
    with RefLogpCache(path, MFP, TFP) as writer, RefLogpCache(path, MFP, TFP) as reader:
        assert reader.get_many(PAIRS[:1]) == [None]
        writer.put_many(PAIRS[:1], [-4.0])
        assert reader.get_many(PAIRS[:1]) == [-4.0]
        mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_get_or_compute_computes_each_missing_pair_once(cache):
    cache.put_many(PAIRS[:1], [-1.0])
    calls = []

    def compute(missing):
        calls.append(list(missing))
        return [-10.0 * (i + 2) for i in range(len(missing))]

    asked = [PAIRS[0], PAIRS[1], PAIRS[2], PAIRS[1]]
    assert cache.get_or_compute(asked, compute) == [-1.0, -20.0, -30.0, -20.0]
    assert calls == [[PAIRS[1], PAIRS[2]]]
    assert cache.get_or_compute(asked, compute) == [-1.0, -20.0, -30.0, -20.0]
    assert len(calls) == 1  # all hits now


def test_get_or_compute_without_write_stores_nothing(cache):
    assert cache.get_or_compute(PAIRS[:1], lambda m: [-2.0]) == [-2.0]
    assert cache.get_or_compute(PAIRS[1:2], lambda m: [-3.0], write=False) == [-3.0]
    assert cache.get_many(PAIRS[:2]) == [-2.0, None]


def test_garbage_file_names_itself_and_says_delete(tmp_path):
    path = tmp_path / "ref.sqlite"
    path.write_bytes(b"this is not an sqlite database\n" * 200)
    with pytest.raises(RefCacheError, match=r"ref\.sqlite: not a readable reference log-prob cache .*delete the file"):
        RefLogpCache(path, MFP, TFP)


def test_damaged_pages_found_later_say_delete(tmp_path):
    """A valid header over damaged pages fails at the first read that touches them, with the same advice."""
    path = tmp_path / "ref.sqlite"
    with RefLogpCache(path, MFP, TFP) as c:
        pairs = [(f"prompt {i}", "x" * 50) for i in range(3000)]
        c.put_many(pairs, [-float(i) for i in range(3000)])
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    data[4 * 4096:len(data)] = b"\xa5" * (len(data) - 4 * 4096)
    path.write_bytes(bytes(data))
    with pytest.raises(RefCacheError, match=r"ref\.sqlite: .*delete the file"):
        with RefLogpCache(path, MFP, TFP) as c:
            c.get_many(pairs)


def test_other_schema_version_is_refused(tmp_path):
    path = tmp_path / "ref.sqlite"
    RefLogpCache(path, MFP, TFP).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE name = 'schema'")
    with pytest.raises(RefCacheError, match="schema 99.*delete the file"):
        RefLogpCache(path, MFP, TFP)


def test_model_fingerprint_follows_weights_and_config(tok):
    a = tiny.build_tiny_model(tok, seed=0, **SMALL)
    fp = model_fingerprint(a)
    assert len(fp) == 64 and fp == model_fingerprint(tiny.build_tiny_model(tok, seed=0, **SMALL))
    a.train()
    assert model_fingerprint(a) == fp  # train/eval mode is not part of it
    assert model_fingerprint(tiny.build_tiny_model(tok, seed=1, **SMALL)) != fp
    nudged = copy.deepcopy(a)
    with torch.no_grad():
        w = nudged.model.layers[0].mlp.up_proj.weight
        w[0, 0] = torch.nextafter(w[0, 0], torch.tensor(1.0))  # one ulp in one parameter
    assert model_fingerprint(nudged) != fp
    reconfigured = copy.deepcopy(a)
    reconfigured.config.rms_norm_eps = 1e-5  # same tensors, different computation
    assert model_fingerprint(reconfigured) != fp
    assert model_fingerprint(copy.deepcopy(a).to(torch.bfloat16)) != fp
    renamed = copy.deepcopy(a)
    renamed.config._name_or_path = "/somewhere/else"  # where it was loaded from does not matter
    assert model_fingerprint(renamed) == fp


def test_tokenizer_fingerprint_follows_vocab_template_and_specials(tok):
    fp = tokenizer_fingerprint(tok)
    assert len(fp) == 64 and fp == tokenizer_fingerprint(copy.deepcopy(tok))
    templated = copy.deepcopy(tok)
    templated.chat_template = tok.chat_template.replace("\\n", "\\n\\n", 1)
    assert tokenizer_fingerprint(templated) != fp
    specials = copy.deepcopy(tok)
    specials.eos_token = "<|pad|>"
    assert tokenizer_fingerprint(specials) != fp
    other_vocab = tiny.build_tokenizer(["completely different text here\n"] * 4, vocab_size=300)
    assert tokenizer_fingerprint(other_vocab) != fp


def test_fingerprints_key_the_cache_end_to_end(tmp_path, tok):
    model = tiny.build_tiny_model(tok, seed=0, **SMALL)
    path = tmp_path / "ref.sqlite"
    with RefLogpCache(path, model_fingerprint(model), tokenizer_fingerprint(tok)) as c:
        c.put_many(PAIRS[:1], [-5.0])
    with torch.no_grad():
        model.lm_head.weight.mul_(1.0001)  # tied: the embedding changes too
    with RefLogpCache(path, model_fingerprint(model), tokenizer_fingerprint(tok)) as c:
        assert c.get_many(PAIRS[:1]) == [None]
