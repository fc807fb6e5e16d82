"""IR normalisation: keep what the program does, drop what only records how it was built.

GEPO's winners should differ by what the optimiser did, not by boilerplate, and two IRs that
differ only in boilerplate must count once.  ``normalize`` is a line-level rewrite of textual
LLVM IR (as clang-19 / llvm-19 print it) that keeps the module valid and runnable under ``lli``.

Dropped, and why each carries no function:

* **Comments**: ``; ModuleID = ...``, ``; Function Attrs: ...`` and every other full-line
  comment, and the ``; preds = ...`` comment after a block label.  Comments are ignored by the
  assembler.  Comments *inside* a line are left alone except after a block label, because a
  ``;`` may sit inside a string constant (``c"a;b"``).
* **``source_filename``**: the name of the file clang read; it names nothing the program uses,
  and it makes one source compiled under two names look like two programs.
* **Ident strings**: the ``!llvm.ident`` named metadata (the compiler's version string).
* **Debug information**: ``!dbg`` attachments, debug records (``#dbg_value``, ``#dbg_declare``,
  ``#dbg_assign``, ``#dbg_label``), the older ``llvm.dbg.*`` intrinsic calls and their
  declarations, ``!llvm.dbg.cu``, and the ``Dwarf Version`` / ``Debug Info Version`` / ``CodeView``
  module flags.  Debug info describes source locations for debuggers; it never changes what runs.
  A loop's ``!llvm.loop`` node keeps its properties but loses the source locations listed in it.
* **Module-flag noise**: ``PIC Level``, ``PIE Level``, ``uwtable``, ``frame-pointer`` and the
  other code-generation flags in ``NOISE_MODULE_FLAGS``.  They steer the native code generator
  (position independence, unwind tables, frame pointers), not the meaning of the IR.  Every other
  flag (``wchar_size`` and anything unknown) is kept, since a flag may matter to a consumer.
* **Attribute noise**: the string attributes in ``NOISE_ATTRIBUTES`` (``target-cpu``,
  ``target-features``, ``tune-cpu``, ``frame-pointer``, ``stack-protector-buffer-size``,
  ``min-legal-vector-width``, ``no-trapping-math`` ...) and the ``uwtable`` keyword.  They tune
  native code generation for one machine; ``lli`` picks its own target.  Semantic attributes
  (``nounwind``, ``noinline``, ``memory(...)``, ``readonly``, ``noundef``, ``willreturn`` ...)
  are kept: they license or forbid optimisations and so are part of what the IR says.  An
  attribute group left empty is removed with its ``#N`` references (an empty group is invalid).
* **Unreferenced metadata nodes** left behind by the above (the ident string, ``DI*`` nodes).
* **Layout**: trailing spaces and runs of blank lines.

Kept on purpose: value and block names (renaming them safely needs a real parser), ``!tbaa``,
``!range``, ``!llvm.loop`` properties and all other metadata the optimiser reads, the target
triple and data layout (they fix type sizes), linkage and ``dso_local``.

``ir_key`` hashes the normalised text so that IRs equal after normalisation count once.
``validate`` checks IR texts with ``llvm-as-19`` inside the sandbox.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from typing import Protocol, Sequence

from oorl.types import ExecRequest, ExecResult, Status

NOISE_ATTRIBUTES = frozenset({
    "frame-pointer", "min-legal-vector-width", "no-trapping-math", "stack-protector-buffer-size",
    "target-cpu", "target-features", "tune-cpu", "probe-stack", "stack-probe-size",
    "no-builtins", "trap-func-name", "zero-call-used-regs", "indirect-tls-seg-refs",
    "prefer-vector-width", "uniform-work-group-size", "warn-stack-size",
})
NOISE_ATTRIBUTE_WORDS = frozenset({"uwtable"})
NOISE_MODULE_FLAGS = frozenset({
    "PIC Level", "PIE Level", "uwtable", "frame-pointer", "Dwarf Version", "Debug Info Version", "CodeView",
    "direct-access-external-data", "RtLibUseGOT", "SemanticInterposition", "stack-protector-guard",
    "override-stack-alignment", "branch-target-enforcement", "sign-return-address",
})
DROPPED_NAMED_METADATA = frozenset({"!llvm.ident", "!llvm.dbg.cu"})

_METADATA_DEF = re.compile(r"^(!\d+)\s*=\s*(.*)$")
_NAMED_METADATA = re.compile(r"^(![-\w.$]+)\s*=\s*!\{(.*)\}\s*$")
_LABEL_COMMENT = re.compile(r"^([-\w.$]+:|\"[^\"]*\":)\s*;.*$")
_DBG_ATTACHMENT = re.compile(r",?\s*!dbg !\d+")
_DBG_RECORD = re.compile(r"^\s*#dbg_\w+\(")
_DBG_INTRINSIC = re.compile(r"^\s*(?:tail\s+)?call void @llvm\.dbg\.\w+\(|^declare\s.*@llvm\.dbg\.\w+\(")
_ATTR_GROUP = re.compile(r"^attributes (#\d+) = \{(.*)\}\s*$")
_ATTR_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"(?:="(?:[^"\\]|\\.)*")?|[\w.]+(?:=[\w.]+|\((?:[^()]|\([^()]*\))*\))?|\S')
_MD_REF = re.compile(r"!\d+\b")


def normalize(ir: str) -> str:
    """The IR with comments, file names, ident, debug info and attribute noise dropped (see module doc)."""
    lines = [_strip_line(ln) for ln in ir.splitlines()]
    lines = [ln for ln in lines if ln is not None]
    lines = _clean_attribute_groups(lines)
    lines = _clean_module_flags(lines)
    lines = _collect_metadata(lines)
    out: list[str] = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def ir_key(ir: str) -> str:
    """Hash of the normalised text: IRs equal after ``normalize`` share a key."""
    return hashlib.sha256(normalize(ir).encode()).hexdigest()


def _strip_line(ln: str) -> str | None:
    """One line with its own noise removed, or None to drop it."""
    ln = ln.rstrip()
    stripped = ln.lstrip()
    if stripped.startswith(";") or stripped.startswith("source_filename ="):
        return None
    if _DBG_RECORD.match(ln) or _DBG_INTRINSIC.match(ln):
        return None
    name = ln.split("=", 1)[0].strip()
    if name in DROPPED_NAMED_METADATA:
        return None
    m = _LABEL_COMMENT.match(ln)
    if m:
        return m.group(1)
    if "!dbg" in ln and not _METADATA_DEF.match(ln):
        ln = _DBG_ATTACHMENT.sub("", ln)
    return ln


def _clean_attribute_groups(lines: list[str]) -> list[str]:
    """Drop noise attributes; remove groups left empty together with every ``#N`` that names them."""
    empty: set[str] = set()
    out: list[str] = []
    for ln in lines:
        m = _ATTR_GROUP.match(ln)
        if not m:
            out.append(ln)
            continue
        kept = [t for t in _ATTR_TOKEN.findall(m.group(2)) if not _is_noise_attribute(t)]
        if kept:
            out.append(f"attributes {m.group(1)} = {{ {' '.join(kept)} }}")
        else:
            empty.add(m.group(1))
    if not empty:
        return out
    refs = re.compile(r"\s(?:" + "|".join(re.escape(g) for g in sorted(empty)) + r")\b(?!\d)")
    return [ln if ln.startswith("attributes ") or ln.startswith("!") else refs.sub("", ln) for ln in out]


def _is_noise_attribute(token: str) -> bool:
    if token.startswith('"'):
        return token.split('"')[1] in NOISE_ATTRIBUTES
    return token in NOISE_ATTRIBUTE_WORDS


def _metadata_defs(lines: list[str]) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in map(_METADATA_DEF.match, lines) if m}


def _clean_module_flags(lines: list[str]) -> list[str]:
    """Keep only the ``!llvm.module.flags`` entries whose key is not code-generation noise."""
    defs = _metadata_defs(lines)
    out = []
    for ln in lines:
        m = _NAMED_METADATA.match(ln)
        if m and m.group(1) == "!llvm.module.flags":
            refs = [r.strip() for r in m.group(2).split(",") if r.strip()]
            kept = [r for r in refs if _flag_key(defs.get(r, "")) not in NOISE_MODULE_FLAGS]
            if not kept:
                continue
            ln = f"!llvm.module.flags = !{{{', '.join(kept)}}}"
        out.append(ln)
    return out


def _flag_key(body: str) -> str:
    m = re.match(r'!\{i32 \d+, !"([^"]*)"', body)
    return m.group(1) if m else ""


def _collect_metadata(lines: list[str]) -> list[str]:
    """Drop numbered metadata nodes nothing reachable refers to (after removing debug-location
    operands from loop-id nodes, which are the only non-debug nodes that list them)."""
    defs = _metadata_defs(lines)
    debug = {k for k, body in defs.items() if re.match(r"(?:distinct\s+)?!DI", body)}
    lines = [_drop_debug_operands(ln, debug) for ln in lines]
    defs = _metadata_defs(lines)
    roots: set[str] = set()
    for ln in lines:
        if not _METADATA_DEF.match(ln):
            roots.update(_MD_REF.findall(ln))
    live: set[str] = set()
    todo = list(roots)
    while todo:
        ref = todo.pop()
        if ref in live or ref not in defs:
            continue
        live.add(ref)
        todo.extend(_MD_REF.findall(defs[ref]))
    out = []
    for ln in lines:
        m = _METADATA_DEF.match(ln)
        if m and m.group(1) not in live:
            continue
        out.append(ln)
    return out


def _drop_debug_operands(ln: str, debug: set[str]) -> str:
    m = _METADATA_DEF.match(ln)
    if not m or not debug:
        return ln
    loop = re.match(r"distinct !\{(.*)\}$", m.group(2))
    if not loop:
        return ln
    ops = [o.strip() for o in loop.group(1).split(",")]
    if ops[0] != m.group(1):  # not a self-referencing loop id
        return ln
    kept = [o for o in ops if o not in debug]
    return f"{m.group(1)} = distinct !{{{', '.join(kept)}}}"


# -- validation with the LLVM assembler --------------------------------------------------------


class BatchExecutor(Protocol):
    def run_batch(self, requests: Sequence[ExecRequest]) -> list[ExecResult]: ...


@dataclass(frozen=True)
class Validation:
    """Whether one IR text assembles.  ``status`` is ``passed`` (valid), ``compile_error`` (the
    assembler rejected it; ``error`` holds its first line) or anything else the sandbox reported
    (``sandbox_error``, ``timeout`` ...), in which case the IR was not judged."""

    ok: bool
    status: Status
    error: str = ""

    @property
    def judged(self) -> bool:
        return self.status in (Status.PASSED, Status.COMPILE_ERROR)


_VALID_TAG = "@@OORL-LLVM-AS"
ERROR_CHARS = 160  # per IR; keeps a request's report inside the executor's 2,000-character tail


def validate(irs: Sequence[str], executor: BatchExecutor, per_request: int = 8,
             timeout_s: float = 60.0) -> list[Validation]:
    """Assemble each IR with ``llvm-as-19`` in the sandbox; one bash request per ``per_request`` IRs."""
    chunks = [list(range(i, min(i + per_request, len(irs)))) for i in range(0, len(irs), per_request)]
    requests = [ExecRequest(id=f"llvm-as-{c[0]}", language="bash", code=_validate_script([irs[i] for i in c]),
                            timeout_s=timeout_s) for c in chunks]
    out: list[Validation] = [Validation(False, Status.SANDBOX_ERROR, "not run")] * len(irs)
    for chunk, res in zip(chunks, executor.run_batch(requests)):
        verdicts = _parse_validation(res.stdout_tail) if res.status is Status.PASSED else {}
        for j, i in enumerate(chunk):
            if j in verdicts:
                out[i] = verdicts[j]
            else:
                why = res.error or res.failure_line() or "no verdict in the sandbox's output"
                out[i] = Validation(False, res.status if res.status is not Status.PASSED else Status.FAILED, why)
    return out


def _validate_script(irs: list[str]) -> str:
    parts = ["cd /work"]
    for j, ir in enumerate(irs):
        data = base64.b64encode(ir.encode()).decode()
        parts.append(f"base64 -d > m{j}.ll <<'OORL_EOF'\n{data}\nOORL_EOF")
        parts.append(f"if /usr/bin/llvm-as-19 m{j}.ll -o /dev/null 2> e{j}; then echo '{_VALID_TAG} {j} ok'; "
                     f"else echo '{_VALID_TAG} {j} error'; grep -m1 'error' e{j} | cut -c1-{ERROR_CHARS}; fi")
    return "\n".join(parts) + "\n"


def _parse_validation(stdout: str) -> dict[int, Validation]:
    verdicts: dict[int, Validation] = {}
    lines = stdout.splitlines()
    for k, ln in enumerate(lines):
        parts = ln.split()
        if len(parts) == 3 and parts[0] == _VALID_TAG and parts[1].isdigit():
            if parts[2] == "ok":
                verdicts[int(parts[1])] = Validation(True, Status.PASSED)
            else:
                msg = lines[k + 1] if k + 1 < len(lines) and not lines[k + 1].startswith(_VALID_TAG) else ""
                verdicts[int(parts[1])] = Validation(False, Status.COMPILE_ERROR, msg.strip() or "llvm-as failed")
    return verdicts
