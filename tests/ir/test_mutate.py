"""IR mutations: every kind appears, mutants differ, valid_mutants assemble, seeds decide."""

from __future__ import annotations

import random

import pytest

from oorl.ir import KINDS, mutations, normalize, sample_mutants, valid_mutants, validate
from oorl.types import ExecResult, Status
from tests.conftest import need
from tests.ir.conftest import host_levels

# Arithmetic, comparisons, a constant loop bound, non-commutative ops, branches, stores, a call.
SOURCE = """
int g;
int h(int x, int y);
int k(int a) { return h(a, 7); }
int f(int a, int b) {
  int s = 0;
  for (int i = 0; i < 10; i++) {
    if (a > b) s += a - b; else s -= (b << 1) * 3;
    s += a / (b | 1);
  }
  g = s;
  return s;
}
"""


@pytest.fixture(scope="module")
def irs(executor):
    need("c")
    return {lv: normalize(ir) for lv, ir in host_levels(SOURCE, ("O0", "O2")).items()}


def test_every_kind_appears(irs):
    kinds = {m.kind for ir in irs.values() for m in mutations(ir, random.Random(0))}
    assert kinds == set(KINDS)


def test_mutants_differ_and_touch_only_function_bodies(irs):
    for ir in irs.values():
        parent = ir.split("\n")
        for m in mutations(ir, random.Random(1)):
            assert m.ir != ir and m.kind in KINDS and f"@ line {m.line}" in m.mutation
            assert parent[m.line - 1].startswith("  ")  # an instruction, not define/declare/metadata
            lines = m.ir.split("\n")
            changed = [i for i, (x, y) in enumerate(zip(parent, lines)) if x != y]
            assert len(lines) == len(parent) - (m.kind == "drop_store")
            assert changed and changed[0] == m.line - 1


def test_labels_name_the_change(irs):
    labels = [m.mutation for m in mutations(irs["O0"], random.Random(0))]
    assert any(lb.startswith("icmp slt->sge @ line") for lb in labels)
    assert any(lb.startswith("loop bound 10->") for lb in labels)


def test_deterministic_by_seed(irs):
    ir = irs["O2"]
    assert mutations(ir, random.Random(7)) == mutations(ir, random.Random(7))
    assert sample_mutants(ir, 6, seed=3) == sample_mutants(ir, 6, seed=3)
    picks = {tuple(m.mutation for m in sample_mutants(ir, 6, seed=s)) for s in range(5)}
    assert len(picks) > 1


def test_sample_spreads_over_kinds(irs):
    picked = sample_mutants(irs["O0"], len(KINDS), seed=0)
    assert len(picked) == len(KINDS) and {m.kind for m in picked} == set(KINDS)
    assert len({m.ir for m in picked}) == len(picked)


def test_valid_mutants_assemble(irs, executor):
    need("llvm-ir")
    out = valid_mutants(list(irs.values()), executor, n=10, seed=0)
    assert [len(ms) for ms in out] == [10, 10]
    flat = [m.ir for ms in out for m in ms]
    assert all(v.ok for v in validate(flat, executor))


def test_invalid_candidates_are_filtered():
    class RejectsEveryOther:  # answers in validate's report format: odd candidates fail to assemble
        def run_batch(self, requests):
            results = []
            for r in requests:
                n = r.code.count("llvm-as-19")
                results.append(ExecResult(id=r.id, language="bash", status=Status.PASSED,
                                          stdout_tail="".join(f"@@OORL-LLVM-AS {j} {'error' if j % 2 else 'ok'}\n"
                                                              for j in range(n))))
            return results

    ir = "define i32 @f(i32 %x) {\n  %y = add i32 %x, 1\n  %z = sub i32 %y, %x\n  ret i32 %z\n}\n"
    [kept] = valid_mutants([ir], RejectsEveryOther(), n=3, seed=0)
    assert kept == sample_mutants(ir, 6, seed=0)[0::2][:3] and len(kept) == 2  # 4 candidates exist
