"""``oorl report RUN_DIR``: ``RUN_DIR/report.md`` and ``RUN_DIR/plots/*.png`` from a run directory.

Inputs, each optional (what is absent is named at the end of the report, never an error):

* ``metrics.jsonl`` (one object per optimiser step, written by ``oorl train``): curves of the mean reward,
  ``reward/<lang>`` and ``pass_rate/<lang>`` per target language, the failure shares, the GEPO margin,
  accuracy and winner variance, the losses and KL, and the time per phase (``time/<phase>``, stacked).
  Noisy curves are smoothed by a centred moving average drawn over the faint raw curve.
* ``summary.json`` (written by the demo): a headline table, before/after training.
* ``eval/<name>/``: outputs of ``oorl eval``: ``matrix.json`` (translate: a table and a heatmap),
  ``summary.json`` of ``multiple`` (pass@k per language) or of ``ir`` (GEPO discrimination).
* ``config.yaml``: the run's model and algorithm, one line.

A file that exists but cannot be read (a metrics line that is not a JSON object, an eval file that is not
JSON) is an error naming ``file:line``: a report must not quietly leave out half a run.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PLOTS = "plots"


class ReportError(ValueError):
    """An input file of the run directory is unreadable; the message names the file (and line)."""


# -- reading ---------------------------------------------------------------------------------------------


def read_metrics(path: Path) -> list[dict[str, Any]]:
    """One dict per non-empty line of ``metrics.jsonl``."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise ReportError(f"{path}:{n}: not valid JSON ({e.msg} at column {e.colno})") from None
            if not isinstance(row, dict):
                raise ReportError(f"{path}:{n}: a metrics line must be a JSON object, got {type(row).__name__}")
            rows.append(row)
    return rows


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ReportError(f"{path}:{e.lineno}: not valid JSON ({e.msg} at column {e.colno})") from None


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def series(rows: list[dict[str, Any]], key: str) -> list[tuple[float, float]]:
    """``(step, value)`` of every row holding a finite number under ``key`` (a language absent from a
    step's batch has no value there, not 0)."""
    return [(r.get("step", i + 1), float(r[key])) for i, r in enumerate(rows) if _number(r.get(key))]


def smooth(ys: list[float], window: int) -> list[float]:
    """Centred moving average; the window shrinks at both ends."""
    h = window // 2
    return [sum(ys[max(0, i - h): i + h + 1]) / len(ys[max(0, i - h): i + h + 1]) for i in range(len(ys))]


def auto_window(n: int) -> int:
    return max(1, min(25, n // 10))


# -- training curves -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Panel:
    """One axis: the ``keys`` and every key starting with ``prefix`` (labelled by what follows it)."""

    title: str
    keys: tuple[str, ...] = ()
    prefix: str = ""
    unit_range: bool = False  # values in [0, 1]

    def lines(self, present: list[str]) -> dict[str, str]:
        out = {k: k for k in self.keys if k in present}
        if self.prefix:
            out.update({k: k[len(self.prefix):] for k in sorted(present) if k.startswith(self.prefix)})
        return out


@dataclass(frozen=True)
class Figure:
    name: str
    title: str
    panels: tuple[Panel, ...]


# The curves of a report, figure by figure: every key present is drawn, absent ones are left out.
FIGURES = (
    Figure("reward", "Reward and pass rate (training rollouts)", (
        Panel("mean reward", ("reward_mean",), "reward/", unit_range=True),
        Panel("pass rate by target language", (), "pass_rate/", unit_range=True),
        Panel("failure share by reason", (), "fail_", unit_range=True))),
    Figure("gepo", "GEPO on the training groups", (
        Panel("margin (mean winner - mean loser reward)", ("gepo_margin",)),
        Panel("accuracy (share of groups with margin > 0)", ("gepo_accuracy",), unit_range=True),
        Panel("winner variance", ("gepo_winner_var",)))),
    Figure("loss", "Losses", (
        Panel("total loss", ("loss",)), Panel("on-policy loss", ("loss_rl",)), Panel("GEPO loss", ("loss_gepo",)),
        Panel("KL to the reference (k1, per token)", ("kl",)))),
)
TIME_PREFIX = "time/"


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def curve_figure(fig_spec: Figure, rows: list[dict[str, Any]], path: Path, window: int) -> list[str] | None:
    """Draw the figure's panels that have data; returns the keys drawn (None: nothing to draw)."""
    present = list(dict.fromkeys(k for r in rows for k in r))
    panels = [(p, p.lines(present)) for p in fig_spec.panels]
    panels = [(p, lines) for p, lines in panels if any(series(rows, k) for k in lines)]
    if not panels:
        return None
    plt = _pyplot()
    fig, axes = plt.subplots(len(panels), 1, figsize=(7.5, 2.6 * len(panels) + 0.6), sharex=True, squeeze=False)
    drawn = []
    try:
        for ax, (panel, lines) in zip(axes[:, 0], panels):
            for i, (key, label) in enumerate(lines.items()):
                pts = series(rows, key)
                if not pts:
                    continue
                xs, ys = zip(*pts)
                colour = f"C{i % 10}"
                if window > 1 and len(ys) > window:
                    ax.plot(xs, ys, color=colour, alpha=0.25, linewidth=0.8)
                    ax.plot(xs, smooth(list(ys), window), color=colour, label=label, linewidth=1.6)
                else:
                    ax.plot(xs, ys, color=colour, label=label, marker="." if len(ys) < 30 else None)
                drawn.append(key)
            ax.set_title(panel.title, fontsize=9)
            if panel.unit_range:
                ax.set_ylim(-0.03, 1.03)
            ax.grid(alpha=0.3)
            if len(lines) > 1 or panel.prefix:  # a prefix line's label (its language, its reason) is news
                ax.legend(fontsize=7, ncol=min(4, len(lines)))
        axes[-1, 0].set_xlabel("step")
        axes[-1, 0].xaxis.set_major_locator(_integer_ticks())
        fig.suptitle(fig_spec.title + (f" (moving average over {window} steps)" if window > 1 else ""), fontsize=10)
        fig.tight_layout()
        _save(fig, path)
    finally:
        plt.close(fig)
    return drawn


def time_figure(rows: list[dict[str, Any]], path: Path) -> dict[str, float] | None:
    """Stacked seconds per phase over the steps; returns the total seconds per phase (None: no timings)."""
    phases = list(dict.fromkeys(k for r in rows for k in r if k.startswith(TIME_PREFIX)))
    if not phases:
        return None
    xs = [r.get("step", i + 1) for i, r in enumerate(rows)]
    ys = [[float(r[p]) if _number(r.get(p)) else 0.0 for r in rows] for p in phases]
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7.5, 3.8))
    try:
        labels = [p[len(TIME_PREFIX):] for p in phases]
        if len(xs) > 1:
            ax.stackplot(xs, ys, labels=labels, alpha=0.85)
        else:  # one step: a stacked bar says the same thing
            bottom = 0.0
            for label, y in zip(labels, ys):
                ax.bar(xs, y, bottom=bottom, label=label)
                bottom += y[0]
        ax.set_xlabel("step")
        ax.xaxis.set_major_locator(_integer_ticks())
        ax.set_ylabel("seconds")
        ax.set_title("Time per phase of each step (stacked)", fontsize=10)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        fig.tight_layout()
        _save(fig, path)
    finally:
        plt.close(fig)
    return {p[len(TIME_PREFIX):]: sum(y) for p, y in zip(phases, ys)}


def _integer_ticks():
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _save(fig, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


# -- markdown --------------------------------------------------------------------------------------------


def fmt(v: Any) -> str:
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return "–"
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    return str(v) if isinstance(v, int) else f"{v:.4g}"


def pct(v: Any) -> str:
    return f"{100 * v:.1f}%" if _number(v) else "–"


def table(head: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|---|" + "--:|" * (len(head) - 1),
            *("| " + " | ".join(r) + " |" for r in rows), ""]


def _rate(v: Any) -> float | None:
    """A rate given as a number or as ``{"pass@1": number}``."""
    if isinstance(v, dict):
        v = v.get("pass@1")
    return float(v) if _number(v) else None


def _before_after(before: float | None, after: float | None) -> list[str]:
    change = f"{100 * (after - before):+.1f} pp" if before is not None and after is not None else "–"
    return [pct(before), pct(after), change]


def headline(summary: Any, where: Path) -> list[str]:
    """The demo's ``summary.json``: translation pass@1 and GEPO accuracy, before and after training."""
    if not isinstance(summary, dict):
        raise ReportError(f"{where}: must be a JSON object with 'translation' and/or 'gepo_accuracy'")
    tr, ga = summary.get("translation") or {}, summary.get("gepo_accuracy") or {}
    if not isinstance(tr, dict) or not isinstance(ga, dict):
        raise ReportError(f"{where}: 'translation' and 'gepo_accuracy' must be objects with 'before' and 'after'")
    out, rows = ["## Headline: before and after training", ""], []
    if tr:
        rows.append(["translation pass@1", *_before_after(_rate(tr.get("before")), _rate(tr.get("after")))])
    if ga:
        rows.append(["GEPO accuracy (held-out groups)", *_before_after(_rate(ga.get("before")), _rate(ga.get("after")))])
    out += table(["metric", "before", "after", "change"], rows) if rows else ["(no known entry)", ""]
    by_lang = tr.get("by_language")
    if isinstance(by_lang, dict) and by_lang:
        if set(by_lang) <= {"before", "after"}:  # {"before": {lang: v}, "after": {lang: v}}: turn it around
            langs = list(dict.fromkeys(k for side in by_lang.values() if isinstance(side, dict) for k in side))
            by_lang = {k: {s: by_lang[s].get(k) if isinstance(by_lang.get(s), dict) else None
                           for s in ("before", "after")} for k in langs}
        lang_rows = [[lang, *(_before_after(_rate(v.get("before")), _rate(v.get("after"))) if isinstance(v, dict)
                              else _before_after(None, _rate(v)))] for lang, v in by_lang.items()]
        out += ["Translation pass@1 by target language:", ""]
        out += table(["language", "before", "after", "change"], lang_rows)
    return out


def training_section(rows: list[dict[str, Any]], plots: Path, window: int) -> list[str]:
    steps = [r.get("step") for r in rows if _number(r.get("step"))]
    out = ["## Training", "", f"{len(rows)} steps logged" + (f" (steps {min(steps)}–{max(steps)})" if steps else "")
           + (f"; curves smoothed by a centred moving average over {window} steps, raw values faint behind."
              if window > 1 else "."), ""]
    drawn: list[str] = []
    for spec in FIGURES:
        keys = curve_figure(spec, rows, plots / f"{spec.name}.png", window)
        if keys:
            drawn += keys
            out += [f"![{spec.title}]({PLOTS}/{spec.name}.png)", ""]
    if drawn and window > 1:
        out += [f"Last values, and the mean of the last {window} values of each:", ""]
        out += table(["metric", "last", f"mean of last {window}"], [_last_values(rows, k, window) for k in drawn])
    elif drawn:
        out += ["Last values:", "", *table(["metric", "last"], [_last_values(rows, k, 1)[:2] for k in drawn])]
    totals = time_figure(rows, plots / "time.png")
    if totals:
        whole = sum(totals.values()) or 1.0
        out += [f"![Time per phase]({PLOTS}/time.png)", "", "Time per phase over the logged steps:", ""]
        out += table(["phase", "seconds", "share"],
                     [[p, f"{s:.1f}", pct(s / whole)] for p, s in sorted(totals.items(), key=lambda kv: -kv[1])])
    return out


def _last_values(rows: list[dict[str, Any]], key: str, tail: int) -> list[str]:
    ys = [y for _, y in series(rows, key)][-tail:]
    return [key, fmt(ys[-1]), fmt(sum(ys) / len(ys))]


# -- evaluation outputs ----------------------------------------------------------------------------------


def translate_section(name: str, d: Path, plots: Path) -> list[str]:
    matrix = read_json(d / "matrix.json")
    if not isinstance(matrix, dict) or not all(isinstance(v, dict) for v in matrix.values()):
        raise ReportError(f"{d / 'matrix.json'}: must map source -> target -> cell object")
    targets = list(dict.fromkeys(t for row in matrix.values() for t in row))

    def mean(cells: list[dict]) -> float | None:  # over tasks: cells weighted by their task counts
        cells = [c for c in cells if isinstance(c, dict) and _number(c.get("pass@1")) and _number(c.get("n"))]
        n = sum(c["n"] for c in cells)
        return sum(c["pass@1"] * c["n"] for c in cells) / n if n else None

    def cell(c: Any) -> str:  # an empty cell: no tasks for that pair
        return f"{100 * c['pass@1']:.1f}" if isinstance(c, dict) and _number(c.get("pass@1")) else ""

    def avg(cells: list) -> str:
        return cell({"pass@1": mean(cells)})

    rows = [[f"**{s}**", *(cell(row.get(t)) for t in targets), avg(list(row.values()))] for s, row in matrix.items()]
    rows.append(["**mean**", *(avg([row[t] for row in matrix.values() if t in row]) for t in targets),
                 f"**{avg([c for row in matrix.values() for c in row.values()])}**"])
    out = [f"### `eval/{name}`: translation matrix (pass@1 in %; means over tasks)", ""]
    out += table(["source \\ target", *targets, "mean"], rows)
    if (d / "summary.json").is_file():
        s = read_json(d / "summary.json")
        reasons = s.get("reasons") if isinstance(s, dict) else None
        if isinstance(reasons, dict):
            out += ["Samples by outcome: " + ", ".join(f"{k} {v}" for k, v in reasons.items()) + ".", ""]
    from oorl.eval.plots import heatmap

    cells = {s: {t: row[t].get("pass@1") if isinstance(row.get(t), dict) else None for t in targets}
             for s, row in matrix.items()}
    png = heatmap(cells, plots / f"eval-{name}-heatmap.png", title=f"{name}: translation pass@1 (%)")
    return out + [f"![{name} heatmap]({PLOTS}/{png.name})", ""]


def multiple_section(name: str, summary: dict) -> list[str]:
    ks = sorted({k for e in summary.values() for k in e if k.startswith("pass@")}, key=lambda k: int(k[5:]))
    rows = [[lang, fmt(e.get("n")), fmt(e.get("samples")), *(pct(e.get(k)) for k in ks)] for lang, e in summary.items()]
    return [f"### `eval/{name}`: MultiPL-E", "", *table(["language", "problems", "samples", *ks], rows)]


IR_ROWS = (("groups scored", "groups", fmt), ("groups skipped", "skipped", fmt), ("accuracy", "accuracy", pct),
           ("mean margin", "mean_margin", fmt), ("winner variance", "winner_variance", fmt),
           ("log-prob accuracy (reference-free)", "logp_accuracy", pct),
           ("reference's log-prob accuracy", "ref_logp_accuracy", pct), ("beta", "beta", fmt))


def ir_section(name: str, summary: dict) -> list[str]:
    rows = [[label, f(summary.get(key))] for label, key, f in IR_ROWS if key in summary]
    out = [f"### `eval/{name}`: GEPO discrimination on held-out IR groups", "", *table(["metric", "value"], rows)]
    return out + ([f"Ties: {summary['tie_rule']}.", ""] if summary.get("tie_rule") else [])


EVAL_ORDER = ("translate", "multiple", "ir")  # the paper's headline claims first


def eval_section(name: str, d: Path, plots: Path) -> tuple[str, list[str]] | None:
    """``(kind, lines)`` for one ``eval/<name>/`` directory; None when it holds no known output."""
    if (d / "matrix.json").is_file():
        return "translate", translate_section(name, d, plots)
    if not (d / "summary.json").is_file():
        return None
    summary = read_json(d / "summary.json")
    if isinstance(summary, dict) and "accuracy" in summary and "groups" in summary:
        return "ir", ir_section(name, summary)
    if isinstance(summary, dict) and summary and all(isinstance(e, dict) and "n" in e for e in summary.values()):
        return "multiple", multiple_section(name, summary)
    return None


# -- the report ------------------------------------------------------------------------------------------


def _config_line(run: Path) -> list[str]:
    try:
        from oorl.config import load_config

        cfg = load_config(run / "config.yaml")
    except (ValueError, OSError) as e:  # a report of what exists: an unreadable config is named, not fatal
        return [f"(config.yaml could not be read: {e})", ""]
    terms = [f"on-policy {cfg.rl.estimator} (weight {cfg.rl.weight})" if cfg.rl.enabled else None,
             f"{cfg.gepo.loss} (weight {cfg.gepo.weight}, beta {cfg.gepo.beta})" if cfg.gepo.enabled else None]
    return [f"Model `{cfg.model.path}`; loss: " + " + ".join(t for t in terms if t) + f"; seed {cfg.seed}.", ""]


def write_report(run_dir: str | Path, *, window: int | None = None) -> Path:
    """Write ``run_dir/report.md`` (and its plots); returns its path.  ``window``: moving-average steps
    (None: about a tenth of the steps, at most 25)."""
    run = Path(run_dir)
    if not run.is_dir():
        raise ReportError(f"{run}: no such run directory")
    plots, absent = run / PLOTS, []
    out = [f"# Run report: `{run.name}`", ""]
    out += _config_line(run) if (run / "config.yaml").is_file() else []
    if (run / "summary.json").is_file():
        out += headline(read_json(run / "summary.json"), run / "summary.json")
    metrics = run / "metrics.jsonl"
    rows = read_metrics(metrics) if metrics.is_file() else []
    if rows:
        out += training_section(rows, plots, window or auto_window(len(rows)))
    else:
        absent.append("`metrics.jsonl` " + ("is empty" if metrics.is_file() else "is absent") + ": no training curves")
    found, eval_dirs = [], sorted(p for p in (run / "eval").glob("*") if p.is_dir())
    for d in eval_dirs:
        sec = eval_section(d.name, d, plots)
        if sec is None:
            absent.append(f"`eval/{d.name}/` holds no known evaluation output (matrix.json or summary.json)")
        else:
            found.append(sec)
    if found:
        out += ["## Evaluation", ""]
        for _, lines in sorted(found, key=lambda kl: EVAL_ORDER.index(kl[0])):  # stable: by name within a kind
            out += lines
    elif not eval_dirs:
        absent.append("`eval/` " + ("holds no evaluation directory" if (run / "eval").is_dir() else "is absent")
                      + f": no final evaluation tables (write them with `oorl eval ... -o {run / 'eval' / 'NAME'}`)")
    if not (run / "summary.json").is_file():
        absent.append("`summary.json` is absent: no before/after headline")
    if absent:
        out += ["## Not in this run directory", "", *(f"- {a}" for a in absent), ""]
    path = run / "report.md"
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
    return path


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("report", help="report.md and plots for a run directory",
                              description=__doc__.split("\n\n")[0])
    p.add_argument("run_dir", type=Path, metavar="RUN_DIR", help="a run directory of `oorl train`")
    p.add_argument("--window", type=int, default=None, help="moving-average window in steps (default: automatic)")
    p.set_defaults(eval_func=run_report)


def run_report(args) -> int:
    if args.window is not None and args.window < 1:
        print(f"oorl report: --window must be >= 1, got {args.window}", file=sys.stderr)
        return 2
    try:
        path = write_report(args.run_dir, window=args.window)
    except ReportError as e:
        print(f"oorl report: {e}", file=sys.stderr)
        return 2
    print(path)
    return 0
