"""normalize / ir_key / validate: IR stays valid and runnable, boilerplate goes."""

from __future__ import annotations

import re
import subprocess

import pytest

from oorl.ir import ir_key, normalize, validate
from oorl.types import ExecRequest, Status
from tests.conftest import need
from tests.ir.conftest import host_levels

PROGRAM = ('#include <stdio.h>\nstatic int tri(int n) { int s = 0; for (int i = 1; i <= n; i++) s += i; return s; }\n'
           'int main(void) { for (int k = 0; k < 5; k++) printf("%d %d\\n", k, tri(k * 3)); return 0; }\n')


def host_ir(tmp_path, name: str, *flags: str) -> str:
    """IR of PROGRAM compiled on the host (our own trusted source) as file ``name``."""
    src = tmp_path / name
    src.write_text(PROGRAM)
    out = subprocess.run(["/usr/bin/clang-19", "-S", "-emit-llvm", *flags, "-o", "-", name],
                         cwd=tmp_path, capture_output=True, text=True, check=True)
    return out.stdout


@pytest.fixture(scope="module")
def levels(executor):
    need("c")
    return host_levels(PROGRAM)


def test_normalised_ir_is_valid_and_runs_the_same(levels, executor, tmp_path):
    need("llvm-ir")
    debug_ir = host_ir(tmp_path, "dbg.c", "-g", "-O1")
    norm = {lv: normalize(ir) for lv, ir in levels.items()}
    checks = validate([*norm.values(), normalize(debug_ir)], executor)
    assert all(v.ok for v in checks), [v.error for v in checks if not v.ok]
    runs = executor.run_batch([ExecRequest(id="raw", language="llvm-ir", code=levels["O0"])]
                              + [ExecRequest(id=lv, language="llvm-ir", code=ir) for lv, ir in norm.items()])
    assert runs[0].status is Status.PASSED and runs[0].stdout_tail.startswith("0 0\n1 6\n")
    for res in runs[1:]:
        assert res.status is Status.PASSED and res.stdout_tail == runs[0].stdout_tail, res.id


def test_noise_is_dropped_and_semantics_kept(levels, tmp_path):
    for ir in (*levels.values(), host_ir(tmp_path, "dbg.c", "-g", "-O2")):
        out = normalize(ir)
        assert ";" not in "".join(ln for ln in out.splitlines() if not ln.lstrip().startswith("@"))
        for noise in ("source_filename", "ModuleID", "llvm.ident", "clang version", "!dbg", "#dbg_", "!DI",
                      "target-cpu", "target-features", "tune-cpu", "frame-pointer", "stack-protector-buffer-size",
                      "min-legal-vector-width", "no-trapping-math", "PIC Level", "PIE Level", "uwtable",
                      "Debug Info Version"):
            assert noise not in out, noise
        assert "target triple" in out and "wchar_size" in out
    o2 = normalize(levels["O2"])
    assert "nounwind" in o2 and "nofree" in o2 and "mustprogress" in normalize(levels["O0"])
    assert "noinline" in normalize(levels["O0"])


def test_idempotent(levels):
    for ir in levels.values():
        once = normalize(ir)
        assert normalize(once) == once


def test_file_name_does_not_matter(tmp_path):
    need("c")
    flags = ("-g0", "-O0", "-Xclang", "-disable-O0-optnone")
    a, b = host_ir(tmp_path, "first.c", *flags), host_ir(tmp_path, "second_name.c", *flags)
    assert a != b
    assert normalize(a) == normalize(b) and ir_key(a) == ir_key(b)


def test_ir_key_separates_different_programs(levels):
    assert ir_key(levels["O0"]) != ir_key(levels["O2"])
    assert len({ir_key(ir) for ir in levels.values()}) >= 2


def test_empty_attribute_groups_go_with_their_references():
    ir = ('define i32 @f(i32 %x) #0 {\n  %y = call i32 @g(i32 %x) #1\n  ret i32 %y\n}\n'
          'declare i32 @g(i32) #1\n'
          'attributes #0 = { noinline "target-cpu"="x86-64" }\n'
          'attributes #1 = { "frame-pointer"="all" "tune-cpu"="generic" }\n')
    out = normalize(ir)
    assert "#1" not in out and "attributes #0 = { noinline }" in out and " #0 {" in out
    assert re.search(r"call i32 @g\(i32 %x\)\n", out)


def test_validate_reports_assembler_errors(executor):
    need("llvm-ir")
    good = "define i32 @f(i32 %x) {\n  ret i32 %x\n}\n"
    v = validate([good, "define i32 @f( {\n", good.replace("ret i32 %x", "ret i32 %nope")], executor, per_request=2)
    assert [x.ok for x in v] == [True, False, False]
    assert v[1].status is Status.COMPILE_ERROR and "error" in v[1].error and v[2].judged
