"""File formats: the guideline pack (load, validate, export). Knows YAML; knows neither Qt nor the database."""
