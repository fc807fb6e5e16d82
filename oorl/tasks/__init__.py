"""Translation tasks: language-neutral problems (``spec``) and their type language (``types``).

Imports no torch.  Renderers, prompts, answer extraction, the shipped problem set,
synthetic families and dataset adapters build on these records.
"""

from oorl.tasks.spec import FunctionProblem, Problem, ProblemError, StdioProblem, load_problems
from oorl.tasks.types import TypeSpec, check_value, parse_type

__all__ = ["FunctionProblem", "Problem", "ProblemError", "StdioProblem", "load_problems", "TypeSpec",
           "check_value", "parse_type"]
