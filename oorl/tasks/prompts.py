"""Translation prompts, and problems -> translation tasks.

The default prompt (``FUNCTION_TEMPLATE`` / ``STDIO_TEMPLATE``) shows the source code,
the declaration the target code must have, and asks for exactly one fenced code
block in the target language; ``oorl.tasks.extract`` enforces that format.  Both
templates are ``str.format`` strings over ``source_name``, ``target_name``,
``source_tag``, ``target_tag``, ``source_code``, ``declaration``; pass your own to
``build_tasks`` to change the wording.  The prompt is the user turn: rollout
applies the model's chat template around it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable

from oorl.exec.languages import resolve
from oorl.tasks.render import NoRenderer, Unsupported, get_renderer
from oorl.tasks.spec import FunctionProblem, Problem
from oorl.tasks.task import Task, TaskTest

log = logging.getLogger(__name__)

DISPLAY_NAMES = {
    "python": "Python", "cpp": "C++", "c": "C", "java": "Java", "javascript": "JavaScript",
    "typescript": "TypeScript", "php": "PHP", "bash": "Bash", "go": "Go", "csharp": "C#", "scala": "Scala",
    "haskell": "Haskell", "rust": "Rust", "llvm-ir": "LLVM IR", "perl": "Perl", "ruby": "Ruby", "lua": "Lua",
}

FUNCTION_TEMPLATE = """Translate the following {source_name} code into {target_name}.

```{source_tag}
{source_code}
```

The {target_name} code must define:

```{target_tag}
{declaration}
```

Answer with exactly one fenced code block (```{target_tag}) holding the complete {target_name} code, \
including any imports it needs, and no tests or main function."""

STDIO_TEMPLATE = """Translate the following {source_name} program into {target_name}. \
It reads standard input and writes standard output; the {target_name} program must behave the same.

```{source_tag}
{source_code}
```

Answer with exactly one fenced code block (```{target_tag}) holding the complete {target_name} program."""


def display_name(language: str) -> str:
    name = resolve(language).name
    return DISPLAY_NAMES.get(name, name)


def fence_tag(language: str) -> str:
    """The fence info string a prompt uses for ``language`` (its canonical name; ``llvm`` for LLVM IR)."""
    name = resolve(language).name
    return "llvm" if name == "llvm-ir" else name


def answer_block(language: str, code: str) -> str:
    """The answer a prompt asks for: ``code`` as the one fenced block tagged for ``language``.  The fence is
    longer than any backtick run inside the code, so the code cannot close it early."""
    code = code.strip("\n")
    run = longest = 0
    for ch in code:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{fence_tag(language)}\n{code}\n{fence}\n"


def translation_prompt(source_lang: str, source_code: str, target_lang: str, declaration: str = "",
                       template: str | None = None) -> str:
    """The prompt asking to translate ``source_code``; without a declaration the stdio wording is used."""
    fields = dict(source_name=display_name(source_lang), target_name=display_name(target_lang),
                  source_tag=fence_tag(source_lang), target_tag=fence_tag(target_lang),
                  source_code=source_code.strip("\n"), declaration=declaration.strip("\n"))
    return (template or (FUNCTION_TEMPLATE if declaration else STDIO_TEMPLATE)).format(**fields)


@dataclass(frozen=True)
class Skipped:
    problem_id: str
    source_lang: str
    target_lang: str
    reason: str


def task_for(p: Problem, source_lang: str, target_lang: str, *, dataset: str = "",
             template: str | None = None) -> Task:
    """One translation task; raises ``Unsupported``/``NoRenderer`` when the target cannot test ``p``,
    ``KeyError`` when ``p`` has no ``source_lang`` solution."""
    src, tgt = resolve(source_lang).name, resolve(target_lang).name
    source_code = p.solutions[src]
    if isinstance(p, FunctionProblem):
        renderer = get_renderer(tgt)
        renderer.check(p)
        harness = renderer.harness(p)
        declaration = renderer.declaration(p)
        test = TaskTest("program", prefix=harness.prefix, suffix=harness.suffix, marker=harness.marker)
    else:
        declaration = ""
        test = TaskTest("stdio", cases=p.cases)
    return Task(id=f"{p.id}:{src}->{tgt}", problem_id=p.id, source_lang=src, target_lang=tgt,
                prompt=translation_prompt(src, source_code, tgt, declaration, template),
                test=test, source_code=source_code, declaration=declaration, reference=p.solutions.get(tgt),
                dataset=dataset, split=p.split, difficulty=p.difficulty,
                meta={"kind": p.kind, **({"tags": list(p.tags)} if p.tags else {})})


def build_tasks(problems: Iterable[Problem], sources: Iterable[str], targets: Iterable[str], *,
                dataset: str = "", function_template: str | None = None, stdio_template: str | None = None,
                skipped: list[Skipped] | None = None) -> list[Task]:
    """Every (problem, source, target) task with source != target where the problem has a source solution
    and the target can test it.  Combinations that cannot be built are appended to ``skipped`` with why."""
    sources = [resolve(s).name for s in sources]
    targets = [resolve(t).name for t in targets]
    tasks: list[Task] = []
    for p in problems:
        for src in sources:
            if src not in p.solutions:
                continue
            for tgt in targets:
                if tgt == src:
                    continue
                try:
                    tpl = function_template if isinstance(p, FunctionProblem) else stdio_template
                    tasks.append(task_for(p, src, tgt, dataset=dataset, template=tpl))
                except (Unsupported, NoRenderer) as e:
                    if skipped is not None:
                        skipped.append(Skipped(p.id, src, tgt, str(e)))
    if skipped:
        log.info("%d (problem, source, target) combinations skipped", len(skipped))
    return tasks
