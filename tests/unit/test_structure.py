"""The package structure, checked from the source text (fast, nothing is imported):

* no module imports a private name (``_x``) from another module; ``_`` (gettext) is a
  public convention, and modules of a package may share a private module of that
  package (``domain/_parse.py``, ``reports/_common.py``);
* no import cycle among the modules of ``ekinerja_desktop`` through module-level
  imports (those under ``if TYPE_CHECKING:`` included), and none outside ``gui/``
  through the imports that run (module level plus those inside functions).

Imports inside functions are still allowed (lazy loading of heavy libraries, GUI pages
loaded on first use); ``test_function_local_imports_are_counted`` prints how many
remain.

The tests themselves share code only through ``tests/helpers/``: no test module imports
from another test module, another test folder or a ``conftest.py``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "ekinerja_desktop"
ROOT = Path(__file__).resolve().parents[2] / "src" / PACKAGE
TESTS = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Import:
    module: str  # importing module
    target: str  # imported module (resolved)
    names: tuple[str, ...]  # names taken from it ("" for ``import x``)
    line: int
    where: str  # "module", "type-checking" or "function"


def _modules() -> dict[str, tuple[Path, bool]]:
    out: dict[str, tuple[Path, bool]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        if is_pkg:
            parts = parts[:-1]
        out[".".join(parts)] = (path, is_pkg)
    return out


MODULES = _modules()


def _resolve(module: str, is_pkg: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_pkg:
        base = base[:-1]
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _visit(module: str, is_pkg: bool, node: ast.AST, where: str) -> Iterator[Import]:
    for child in ast.iter_child_nodes(node):
        inner = where
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inner = "function"
        elif isinstance(child, ast.If) and _is_type_checking(child) and where == "module":
            inner = "type-checking"
        if isinstance(child, ast.ImportFrom):
            target = _resolve(module, is_pkg, child)
            names = tuple(a.name for a in child.names)
            yield Import(module, target, names, child.lineno, where)
        elif isinstance(child, ast.Import):
            for alias in child.names:
                yield Import(module, alias.name, ("",), child.lineno, where)
        yield from _visit(module, is_pkg, child, inner)


def _imports() -> Iterator[Import]:
    for module, (path, is_pkg) in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        yield from _visit(module, is_pkg, tree, "module")


IMPORTS = list(_imports())


def _package_of(module: str) -> str:
    _path, is_pkg = MODULES[module]
    return module if is_pkg else module.rpartition(".")[0]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and name != "_"


def _private_imports() -> list[str]:
    found = []
    for imp in IMPORTS:
        if not imp.target.startswith(PACKAGE) or imp.target == imp.module:
            continue
        own_package = _package_of(imp.module)
        for name in filter(_private, imp.names):
            if f"{imp.target}.{name}" in MODULES and imp.target == own_package:
                continue  # a private module shared inside its own package
            found.append(f"{imp.module}:{imp.line} imports {name} from {imp.target}")
        # ``from ..reports._common import x`` outside the reports package
        owner, _dot, leaf = imp.target.rpartition(".")
        if _private(leaf) and imp.target in MODULES and owner != own_package:
            found.append(f"{imp.module}:{imp.line} imports from private module {imp.target}")
    return found


def _edges(kinds: set[str]) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {m: set() for m in MODULES}
    for imp in IMPORTS:
        if imp.where not in kinds or imp.module not in MODULES:
            continue
        for name in imp.names:
            full = f"{imp.target}.{name}"
            target = full if full in MODULES else imp.target
            if target in MODULES and target != imp.module:
                edges[imp.module].add(target)
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return out


def test_the_checker_sees_the_package():
    assert f"{PACKAGE}.services.organisation" in MODULES
    assert any(i.where == "function" for i in IMPORTS)
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]


def test_no_private_name_is_imported_across_modules():
    assert _private_imports() == []


def test_no_import_cycle_when_modules_load():
    assert _cycles(_edges({"module"})) == []
    # Imports for type hints only must not close a circle either.
    assert _cycles(_edges({"module", "type-checking"})) == []


def test_no_import_cycle_outside_the_gui_even_through_function_imports():
    edges = {
        module: {t for t in targets if not t.startswith(f"{PACKAGE}.gui")}
        for module, targets in _edges({"module", "function"}).items()
        if not module.startswith(f"{PACKAGE}.gui")
    }
    assert _cycles(edges) == []


def test_function_local_imports_are_counted(capsys):
    local = [i for i in IMPORTS if i.where == "function" and i.target.startswith(PACKAGE)]
    with capsys.disabled():
        print(f"\n{len(local)} function-local imports inside {PACKAGE}")
    assert local  # informational: the number is the figure to bring down


def _test_imports() -> Iterator[tuple[str, str, int]]:
    """(importing file, imported ``tests.*`` module, line) for every import in tests/."""
    for path in sorted(TESTS.rglob("*.py")):
        parts = list(path.relative_to(TESTS.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_pkg else parts)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                targets = [_resolve(module, is_pkg, node)]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            for target in targets:
                if target == "tests" or target.startswith("tests."):
                    yield str(path.relative_to(TESTS.parent)), target, node.lineno


def test_tests_share_code_only_through_tests_helpers():
    found = [
        f"{path}:{line} imports {target}"
        for path, target, line in _test_imports()
        if target != "tests.helpers" and not target.startswith("tests.helpers.")
    ]
    assert found == [], "move shared test code into tests/helpers/"
