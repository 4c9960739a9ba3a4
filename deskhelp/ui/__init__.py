"""The desk window. The only package that imports Qt."""
