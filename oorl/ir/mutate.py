"""Labelled IR-level mutations: candidate *losers* for GEPO groups.

Each mutation rewrites one instruction line of a function body in textual LLVM IR (never a
declaration, global or metadata line) and is labelled with what it did and where, e.g.
``Mutant(ir, mutation="icmp slt->sge @ line 12", kind="cmp_flip", line=12)``.  Kinds:

* ``arith_swap``: add<->sub, mul->add, shl<->lshr.  The mutated instruction loses its
  ``nuw``/``nsw``/``exact`` flags: a flag that held for the old operator may not hold for the
  new one, and a broken flag turns the result into poison (undefined behaviour, not a clean
  difference).
* ``cmp_flip``: an ``icmp``/``fcmp`` predicate replaced by its negation (eq<->ne, slt<->sge ...).
* ``const``: an integer constant operand of a binary operator or comparison moved by ±1.
* ``swap_operands``: the two operands of a non-commutative operator swapped.
* ``branch_flip``: the two targets of a conditional branch swapped.
* ``drop_store``: a ``store`` removed.
* ``call_arg``: an integer constant argument of a call moved by ±1 (``printf(..., i32 42)``).
  Optimised IR often folds a computation into the arguments of a call; this is where it can
  still be changed.  Intrinsics (``@llvm.*``: sizes of ``memcpy``, lifetime markers) are left
  alone: changing them breaks memory safety or changes nothing.
* ``loop_bound``: a comparison against a constant in a loop header or latch (a block that a later
  block branches back to, or that branches back itself), constant ±1: the classic off-by-one.

A mutant is only a candidate: it may be invalid IR (``valid_mutants`` filters with the
assembler) or secretly equivalent (a change in dead code); showing that it differs is the job of
execution-based verification, not of this module.  Everything is deterministic given the seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from oorl.ir.normalize import BatchExecutor, validate

KINDS = ("arith_swap", "cmp_flip", "const", "swap_operands", "branch_flip", "drop_store", "loop_bound", "call_arg")

ARITH_SWAP = {"add": "sub", "sub": "add", "mul": "add", "shl": "lshr", "lshr": "shl"}
ICMP_NEGATE = {"eq": "ne", "ne": "eq", "slt": "sge", "sge": "slt", "sgt": "sle", "sle": "sgt",
               "ult": "uge", "uge": "ult", "ugt": "ule", "ule": "ugt"}
FCMP_NEGATE = {"oeq": "une", "une": "oeq", "one": "ueq", "ueq": "one", "olt": "uge", "uge": "olt",
               "ole": "ugt", "ugt": "ole", "ogt": "ule", "ule": "ogt", "oge": "ult", "ult": "oge",
               "ord": "uno", "uno": "ord"}
NON_COMMUTATIVE = {"sub", "sdiv", "udiv", "srem", "urem", "shl", "lshr", "ashr", "fsub", "fdiv", "frem"}
ASYMMETRIC_PREDICATES = {"slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge", "olt", "ole", "ogt", "oge"}
_FLAGS = ("nuw", "nsw", "exact", "disjoint", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "fast")

# `%x = op [flags] type a, b [, !md ...]`; operands are simple values (no constant expressions).
_VALUE = r"(?:%[-\w.$]+|%\"[^\"]*\"|-?\d+|true|false|null|undef|poison)"
_BINOP = re.compile(r"^(\s*%[-\w.$]+ = )(\w+)((?: (?:{f}))*) (\S+|<\d+ x \w+>) ({v}), ({v})(.*)$"
                    .format(f="|".join(_FLAGS), v=_VALUE))
_CMP = re.compile(r"^(\s*%[-\w.$]+ = )(icmp|fcmp)((?: (?:{f}))*) (\w+) (\S+|<\d+ x \w+>) ({v}), ({v})(.*)$"
                  .format(f="|".join(_FLAGS), v=_VALUE))
_CONDBR = re.compile(r"^(\s*br i1 \S+, )label (%[-\w.$]+), label (%[-\w.$]+)(.*)$")
_BR_TARGETS = re.compile(r"label (%[-\w.$]+)")
_CALL = re.compile(r"^(\s*(?:%[-\w.$]+ = )?(?:tail |musttail |notail )?call [^@]*?)(@[-\w.$]+)\((.*)\)((?: #\d+)?(?:, !.*)?)$")
_CALL_INT_ARG = re.compile(r"(?:^|, )i(\d+)((?: (?:noundef|signext|zeroext|range\([^)]*\)))*) (-?\d+)(?=,|$)")
_LABEL = re.compile(r"^([-\w.$]+):")
_INT_TYPE = re.compile(r"^i(\d+)$")


@dataclass(frozen=True)
class Mutant:
    """One mutated IR: ``mutation`` says what changed, ``kind`` is one of ``KINDS``, ``line`` the
    1-based line of the parent IR that was changed."""

    ir: str
    mutation: str
    kind: str
    line: int
    parent: str = ""  # the label of the IR it was made from (set by the group builder)


def mutations(ir: str, rng: random.Random) -> list[Mutant]:
    """Every single-site mutant of ``ir`` the kinds above allow (``rng`` picks ±1 for constants)."""
    lines = ir.split("\n")
    loop_lines = _loop_block_lines(lines)
    seen: set[str] = set()
    out: list[Mutant] = []
    for idx in _body_lines(lines):
        for kind, new, what in _line_mutations(lines[idx], rng, idx in loop_lines):
            text = "\n".join(lines[:idx] + ([] if new is None else [new]) + lines[idx + 1:])
            if text != ir and text not in seen:
                seen.add(text)
                out.append(Mutant(text, f"{what} @ line {idx + 1}", kind, idx + 1))
    return out


def sample_mutants(ir: str, n: int, seed: int = 0) -> list[Mutant]:
    """Up to ``n`` distinct mutants spread over kinds: round-robin over the kinds (in a seeded
    order), each kind's mutants in a seeded order."""
    rng = random.Random(seed)
    by_kind: dict[str, list[Mutant]] = {}
    for m in mutations(ir, rng):
        by_kind.setdefault(m.kind, []).append(m)
    kinds = sorted(by_kind)
    rng.shuffle(kinds)
    for k in kinds:
        rng.shuffle(by_kind[k])
    picked: list[Mutant] = []
    while len(picked) < n and any(by_kind.values()):
        for k in kinds:
            if by_kind[k] and len(picked) < n:
                picked.append(by_kind[k].pop())
    return picked


def valid_mutants(irs: Sequence[str], executor: BatchExecutor, n: int = 8, seed: int = 0,
                  oversample: int = 2) -> list[list[Mutant]]:
    """For each IR, up to ``n`` sampled mutants that ``llvm-as-19`` accepts (one batch for all).

    ``oversample`` × n candidates are drawn so that rejected ones can be replaced.  Mutants whose
    check did not run (sandbox fault) are dropped too: only assembler-approved IR comes back.
    """
    candidates = [sample_mutants(ir, n * oversample, seed) for ir in irs]
    flat = [m for ms in candidates for m in ms]
    verdicts = iter(validate([m.ir for m in flat], executor))
    return [[m for m, v in zip(ms, verdicts) if v.ok][:n] for ms in candidates]


def _body_lines(lines: list[str]) -> Iterator[int]:
    """Indices of instruction lines inside ``define ... {`` … ``}``."""
    inside = False
    for i, ln in enumerate(lines):
        if not inside:
            inside = ln.startswith("define ") and ln.rstrip().endswith("{")
        elif ln.startswith("}"):
            inside = False
        elif ln.startswith("  ") and ln.strip():
            yield i


def _loop_block_lines(lines: list[str]) -> set[int]:
    """Lines of blocks that are loop headers or latches: a block whose terminator branches to
    itself or to an earlier block of its function (a textual back edge) is a latch, the target a
    header.  Clang prints blocks in an order where this finds the loops it makes."""
    result: set[int] = set()
    for blocks in _functions(lines):
        order = {name: k for k, (name, _) in enumerate(blocks)}
        looping: set[int] = set()
        for k, (_, idxs) in enumerate(blocks):
            for target in _BR_TARGETS.findall(lines[idxs[-1]]) if idxs else ():
                if order.get(target, k + 1) <= k:
                    looping.update((order[target], k))
        result.update(i for k in looping for i in blocks[k][1])
    return result


def _functions(lines: list[str]) -> Iterator[list[tuple[str, list[int]]]]:
    """Each function body as its blocks: (``%label`` or "" for the entry block, line indices)."""
    blocks: list[tuple[str, list[int]]] | None = None
    for i, ln in enumerate(lines):
        if blocks is None:
            if ln.startswith("define ") and ln.rstrip().endswith("{"):
                blocks = [("", [])]
        elif ln.startswith("}"):
            yield blocks
            blocks = None
        elif (label := _LABEL.match(ln)) is not None:
            blocks.append(("%" + label.group(1), []))
        elif ln.strip():
            blocks[-1][1].append(i)


def _line_mutations(ln: str, rng: random.Random, in_loop: bool) -> Iterator[tuple[str, str | None, str]]:
    """(kind, new line or None to delete, description) for each mutation of one line."""
    for make in _MUTATORS:
        yield from make(ln, rng, in_loop)


def _arith(ln: str, rng: random.Random, in_loop: bool) -> Iterator[tuple[str, str | None, str]]:
    m = _BINOP.match(ln)
    if not m or m.group(2) not in ARITH_SWAP or not _is_int_type(m.group(4)):
        return
    op, new = m.group(2), ARITH_SWAP[m.group(2)]
    yield "arith_swap", f"{m.group(1)}{new} {m.group(4)} {m.group(5)}, {m.group(6)}{m.group(7)}", f"{op}->{new}"


def _cmp_flip(ln: str, rng: random.Random, in_loop: bool) -> Iterator[tuple[str, str | None, str]]:
    m = _CMP.match(ln)
    table = ICMP_NEGATE if m and m.group(2) == "icmp" else FCMP_NEGATE
    if not m or m.group(4) not in table:
        return
    new = table[m.group(4)]
    yield ("cmp_flip", f"{m.group(1)}{m.group(2)}{m.group(3)} {new} {m.group(5)} {m.group(6)}, {m.group(7)}{m.group(8)}",
           f"{m.group(2)} {m.group(4)}->{new}")


def _const(ln: str, rng: random.Random, in_loop: bool) -> Iterator[tuple[str, str | None, str]]:
    cmp, bin_ = _CMP.match(ln), _BINOP.match(ln)
    if cmp and cmp.group(2) == "icmp" and _is_int_type(cmp.group(5)):
        head, ty, a, b, tail = f"{cmp.group(1)}icmp{cmp.group(3)} {cmp.group(4)} ", cmp.group(5), cmp.group(6), cmp.group(7), cmp.group(8)
        kind = "loop_bound" if in_loop else "const"
    elif bin_ and _is_int_type(bin_.group(4)) and bin_.group(2) in ARITH_SWAP.keys() | NON_COMMUTATIVE | {"and", "or", "xor", "ashr"}:
        head, ty, a, b, tail = f"{bin_.group(1)}{bin_.group(2)}{bin_.group(3)} ", bin_.group(4), bin_.group(5), bin_.group(6), bin_.group(7)
        kind = "const"
    else:
        return
    bits = int(_INT_TYPE.match(ty).group(1)) if _INT_TYPE.match(ty) else 0
    if bits <= 1 or not re.fullmatch(r"-?\d+", b):
        return
    delta = rng.choice((1, -1))
    value = int(b) + delta
    if bin_ and not cmp and bin_.group(2) in ("shl", "lshr", "ashr") and not 0 <= value < bits:
        return  # an out-of-range shift is poison, not a clean difference
    if not -(1 << (bits - 1)) <= value < (1 << bits):
        return
    yield kind, f"{head}{ty} {a}, {value}{tail}", f"{'loop bound' if kind == 'loop_bound' else 'constant'} {b}->{value}"


def _swap_operands(ln: str, rng: random.Random, in_loop: bool) -> Iterator[tuple[str, str | None, str]]:
    cmp, bin_ = _CMP.match(ln), _BINOP.match(ln)
    if cmp and cmp.group(4) in ASYMMETRIC_PREDICATES and cmp.group(6) != cmp.group(7):
        yield ("swap_operands", f"{cmp.group(1)}{cmp.group(2)}{cmp.group(3)} {cmp.group(4)} {cmp.group(5)} "
               f"{cmp.group(7)}, {cmp.group(6)}{cmp.group(8)}", f"{cmp.group(2)} {cmp.group(4)} operands swapped")
    elif bin_ and bin_.group(2) in NON_COMMUTATIVE and bin_.group(5) != bin_.group(6):
        # flags go: `sub nuw 0, %x` is fine, `sub nuw %x, 0` may not be
        yield ("swap_operands", f"{bin_.group(1)}{bin_.group(2)} {bin_.group(4)} {bin_.group(6)}, {bin_.group(5)}{bin_.group(7)}",
               f"{bin_.group(2)} operands swapped")


def _branch_flip(ln: str, rng: random.Random, in_loop: bool) -> Iterator[tuple[str, str | None, str]]:
    m = _CONDBR.match(ln)
    if m and m.group(2) != m.group(3):
        yield "branch_flip", f"{m.group(1)}label {m.group(3)}, label {m.group(2)}{m.group(4)}", "br targets swapped"


def _drop_store(ln: str, rng: random.Random, in_loop: bool) -> Iterator[tuple[str, str | None, str]]:
    if ln.lstrip().startswith("store "):
        yield "drop_store", None, "store dropped"


def _call_arg(ln: str, rng: random.Random, in_loop: bool) -> Iterator[tuple[str, str | None, str]]:
    m = _CALL.match(ln)
    if not m or m.group(2).startswith("@llvm."):
        return
    head, args = m.group(1) + m.group(2) + "(", m.group(3)
    for a in _CALL_INT_ARG.finditer(args):
        bits = int(a.group(1))
        value = int(a.group(3)) + rng.choice((1, -1))
        if bits <= 1 or not -(1 << (bits - 1)) <= value < (1 << bits):
            continue
        new_args = f"{args[:a.start(3)]}{value}{args[a.end(3):]}"
        yield "call_arg", f"{head}{new_args}){m.group(4)}", f"call {m.group(2)} argument {a.group(3)}->{value}"


def _is_int_type(ty: str) -> bool:
    return bool(_INT_TYPE.match(ty) or re.fullmatch(r"<\d+ x i\d+>", ty))


_MUTATORS: tuple[Callable[[str, random.Random, bool], Iterator[tuple[str, str | None, str]]], ...] = (
    _arith, _cmp_flip, _const, _swap_operands, _branch_flip, _drop_store, _call_arg)
