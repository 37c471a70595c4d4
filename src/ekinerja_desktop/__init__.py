"""e-Kinerja Desktop: offline-first ASN performance management for Pemerintah Kota Palu."""

__version__ = "0.1.0"
