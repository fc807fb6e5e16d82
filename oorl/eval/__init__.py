"""Evaluation: unbiased pass@k, MultiPL-E-format completion benchmarks, the translation matrix (and the
project's CrossPLEval-style benchmark), GEPO discrimination on IR groups, and run reports with plots.

Submodules (none imports torch at import time; model paths import it when used):

* ``passk``      the unbiased pass@k estimator and its aggregation
* ``generate``   completions from a model through the trainer's rollout backends (stop tokens, batching)
* ``multiple``   ``oorl eval multiple``: MultiPL-E rows + completions -> pass@k per language
* ``translate``  ``oorl eval translate``: translation tasks + completions -> source x target matrix
* ``benchmark``  the project's held-out translation benchmark (sources Python/C++/Java/Go, 11 targets)
* ``ir``         ``oorl eval ir``: do winners' implicit rewards beat losers' on held-out groups?
* ``report``     ``oorl report RUN_DIR``: report.md and PNG plots from a run directory
* ``cli``        the argparse wiring for all of the above
"""
