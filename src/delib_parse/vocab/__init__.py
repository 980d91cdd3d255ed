"""French wording as data (STYLE.md habit 2): one entry per variant, each commented with where
it was seen. A new phrasing is one line here plus one test row. Imports nothing of the package.
"""
