"""The package's layout: no import runs back up the pipeline, and no module imports itself
through a circle (importing any one module first must work)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "claimkit"

# The pipeline's lower layers: libraries over text and Docs that the components use.
LOWER = ("quotes", "claims", "numbers", "gazetteer", "grouping", "spans", "words", "results")
UPPER = ("components", "api", "assemble", "batch", "outputs", "cli")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def top_level_imports(path: Path) -> set[str]:
    """The claimkit modules ``path`` imports when it is imported (not inside functions)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claimkit"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("claimkit")}
    return found


def graph() -> dict[str, set[str]]:
    """Module → modules whose import it triggers, parent packages included (importing
    ``claimkit.components.x`` runs ``claimkit/components/__init__.py`` first)."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for target in top_level_imports(path):
            parts = target.split(".")
            for k in range(2, len(parts) + 1):
                parent = ".".join(parts[:k])
                if parent in modules and parent != name and not name.startswith(parent + "."):
                    targets.add(parent)
        edges[name] = targets
    return edges


def test_no_lower_layer_imports_an_upper_one():
    bad = []
    for name, targets in graph().items():
        layer = name.split(".")[1] if "." in name else ""
        if layer in LOWER:
            bad += [(name, t) for t in targets if t.split(".")[1] in UPPER]
    assert bad == []


def test_no_import_circles():
    edges = graph()
    circles = []

    def visit(node: str, path: list[str], seen: set[str]) -> None:
        for target in edges.get(node, ()):
            if target == path[0]:
                circles.append([*path, target])
            elif target not in seen:
                seen.add(target)
                visit(target, [*path, target], seen)

    for start in edges:
        visit(start, [start], {start})
    assert circles == []
