#!/usr/bin/env python3
"""Replace the generated block of a Markdown file (between its BEGIN/END generated marks) by new text.

Usage: replace-generated.py FILE TEXT   (TEXT includes both marks, as `dedust models --markdown` prints it)
"""
import sys

path, text = sys.argv[1], sys.argv[2].rstrip("\n") + "\n"
begin, end = text.splitlines()[0], text.rstrip("\n").splitlines()[-1]
doc = open(path, encoding="utf-8").read()
a, b = doc.find(begin), doc.find(end)
if a < 0 or b < 0:
    sys.exit(f"{path}: no generated block ({begin!r} … {end!r})")
open(path, "w", encoding="utf-8").write(doc[:a] + text + doc[b + len(end) + 1:])
print(f"{path}: generated block rewritten", file=sys.stderr)
