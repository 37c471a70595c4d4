"""Tests for the reports layer."""
