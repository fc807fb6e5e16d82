"""C → LLVM IR groups for GEPO, verified by execution.  No torch.

``oorl.ir.source`` says what a group is built from (whole programs, or functions with a driver),
``oorl.ir.build`` builds and verifies groups in the sandbox, ``normalize`` drops build boilerplate,
``mutate`` makes labelled candidate losers, ``groups`` reads group files and the shipped set,
``check`` re-executes groups independently, ``sltrans`` adapts SLTrans pairs.
"""

from oorl.ir.build import DROP_REASONS, LEVELS, BuildConfig, Outcome, build_groups, summarize
from oorl.ir.groups import GroupError, load_groups, load_shipped_groups
from oorl.ir.mutate import KINDS, Mutant, mutations, sample_mutants, valid_mutants
from oorl.ir.normalize import Validation, ir_key, normalize, validate
from oorl.ir.source import Source, SourceError, load_c_dir, sources_from_problems

__all__ = ["DROP_REASONS", "LEVELS", "BuildConfig", "Outcome", "build_groups", "summarize", "GroupError",
           "load_groups", "load_shipped_groups", "KINDS", "Mutant", "mutations", "sample_mutants", "valid_mutants",
           "Validation", "ir_key", "normalize", "validate", "Source", "SourceError", "load_c_dir",
           "sources_from_problems"]
