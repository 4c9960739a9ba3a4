"""Reports for team leads, the municipality, the actors and Digidel: built as tables, written as CSV, XLSX or PDF."""
