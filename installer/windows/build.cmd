@echo off
rem One command on Windows: virtualenv, dependencies, PyInstaller build, smoke test, NSIS setup.
rem Needs: Python 3.11 x64 (py launcher), NSIS 3 (winget install NSIS.NSIS). Extra arguments
rem go to installer\build.py, e.g.  installer\windows\build.cmd --bench-runs 0
setlocal
cd /d "%~dp0\..\.." || exit /b 1
if not exist .venv\Scripts\python.exe (
  py -3.11 -m venv .venv || exit /b 1
)
.venv\Scripts\python -m pip install -q --upgrade pip || exit /b 1
.venv\Scripts\python -m pip install -q -e ".[dev]" || exit /b 1
.venv\Scripts\python installer\build.py %* || exit /b 1
