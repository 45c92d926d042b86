"""Positions and risk (temporary package file until pos-core lands)."""
