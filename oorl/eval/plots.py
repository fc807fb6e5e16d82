"""Small plotting helpers shared by the evaluation commands and ``oorl report``.

Every function draws with matplotlib's Agg backend (chosen inside the function, so importing this module
costs nothing and never touches a display) and writes one PNG, returning its path.  Values given as ``None``
or NaN are drawn as a hatched "no data" cell, never as 0: a missing cell and a cell that scored 0 are
different findings.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path
from typing import Mapping, Sequence


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _missing(v: float | None) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _axis_keys(matrix: Mapping[str, Mapping[str, float | None]]) -> tuple[list[str], list[str]]:
    """Rows in the matrix's order; columns in order of first appearance across rows."""
    rows = list(matrix)
    cols: list[str] = []
    for r in rows:
        cols.extend(c for c in matrix[r] if c not in cols)
    return rows, cols


def heatmap(
    matrix: dict[str, dict[str, float | None]],
    path,
    *,
    title: str,
    rows_label: str = "source",
    cols_label: str = "target",
) -> Path:
    """Write ``matrix[row][col]`` (values in [0, 1], ``None`` for no data) as an annotated heatmap PNG.

    Cells show the value in percent; a missing cell is grey and hatched.  The colour scale is fixed to
    [0, 100] % so two heatmaps of the same benchmark can be compared by eye.
    """
    import numpy as np

    plt = _pyplot()
    rows, cols = _axis_keys(matrix)
    grid = np.full((max(len(rows), 1), max(len(cols), 1)), np.nan)
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            v = matrix[r].get(c)
            if not _missing(v):
                grid[i, j] = 100.0 * float(v)

    width = 1.6 + 0.75 * max(len(cols), 1)
    height = 1.4 + 0.55 * max(len(rows), 1)
    width = max(width, 5.0)
    fig, ax = plt.subplots(figsize=(width, max(height, 2.8)))
    try:
        ax.set_facecolor("#d9d9d9")
        cmap = plt.get_cmap("viridis").with_extremes(bad="#d9d9d9")
        im = ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=0.0, vmax=100.0, aspect="auto")
        for i in range(len(rows)):
            for j in range(len(cols)):
                v = grid[i, j]
                if math.isnan(v):
                    ax.add_patch(plt.Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="//",
                                               edgecolor="#a0a0a0", linewidth=0))
                    continue
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=8,
                        color="black" if v > 60 else "white")
        ax.set_xticks(range(len(cols)), cols, rotation=45, ha="right")
        ax.set_yticks(range(len(rows)), rows)
        ax.set_xlabel(cols_label)
        ax.set_ylabel(rows_label)
        ax.set_title(textwrap.fill(title, int(width * 9)), fontsize=10)
        fig.colorbar(im, ax=ax, label="%", fraction=0.046, pad=0.04)
        fig.tight_layout()
        return _save(fig, path)
    finally:
        plt.close(fig)


def line_plot(
    series: Mapping[str, Sequence[tuple[float, float]]],
    path,
    *,
    title: str,
    xlabel: str = "step",
    ylabel: str = "",
    ylim: tuple[float, float] | None = None,
) -> Path:
    """One line per named series of ``(x, y)`` points (NaN/None y values are dropped) in one PNG."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    try:
        for name, points in series.items():
            pts = [(x, y) for x, y in points if not _missing(y)]
            if pts:
                xs, ys = zip(*pts)
                ax.plot(xs, ys, label=name, marker="." if len(pts) < 30 else None)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        if ylim is not None:
            ax.set_ylim(*ylim)
        ax.grid(alpha=0.3)
        if len(series) > 1:
            ax.legend(fontsize=8)
        fig.tight_layout()
        return _save(fig, path)
    finally:
        plt.close(fig)


def bar_plot(
    values: Mapping[str, float | None],
    path,
    *,
    title: str,
    ylabel: str = "",
    percent: bool = False,
) -> Path:
    """One bar per key (missing values are left empty); ``percent`` scales [0, 1] values to %."""
    plt = _pyplot()
    names = list(values)
    ys = [0.0 if _missing(values[n]) else float(values[n]) * (100.0 if percent else 1.0) for n in names]
    fig, ax = plt.subplots(figsize=(max(4.0, 1.0 + 0.5 * len(names)), 3.6))
    try:
        ax.bar(range(len(names)), ys, color="#3b75af")
        ax.set_xticks(range(len(names)), names, rotation=45, ha="right")
        ax.set_title(title)
        ax.set_ylabel(ylabel or ("%" if percent else ""))
        if percent:
            ax.set_ylim(0, 100)
        ax.grid(axis="y", alpha=0.3)
        fig.tight_layout()
        return _save(fig, path)
    finally:
        plt.close(fig)


def _save(fig, path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    return path
