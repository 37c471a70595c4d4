# PyInstaller runtime hook: ReportLab without Pillow.
#
# ReportLab imports ``PIL.Image`` when it loads but is written to work without it: it
# sets ``haveImages = Image is not None`` and only needs Pillow to put raster images
# (PNG/GIF/...) into a PDF, which no report of this program does. The build leaves
# Pillow out (8.6 MB with the libraries its core module links) and this hook gives
# ReportLab the "no Pillow" answer it already handles. ``--smoke`` writes a PDF to
# prove it. Anything that imports a Pillow submodule still gets a clear ImportError.
import sys
import types

if "PIL" not in sys.modules:
    _pil = types.ModuleType("PIL")
    _pil.__path__ = []  # a package with no submodules: ``import PIL.Image`` fails cleanly
    _pil.Image = None
    sys.modules["PIL"] = _pil
