#!/usr/bin/env python3
"""Writes the same N Markdown pages (~8 KB each: headings, lists, tables, links) twice: as a
RoiReport input folder and as a Hugo site with a one-line layout. Deterministic for a given N.

Usage: make_content.py N FOLDER  ->  FOLDER/roireport/input/...  and  FOLDER/hugo/..."""
import os
import random
import sys

WORDS = ("firm hour return margin sales cost social media channel benchmark peer group median "
         "quartile survey wave segment industry spread loss profit attribution cycle campaign post "
         "audience budget share estimate sample figure table report practitioner").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def page(rng, i, count):
    parts = []
    for section in range(4):
        parts.append(f"## Section {section + 1}: {sentence(rng, 4)[:-1]}\n")
        for _ in range(3):
            link = f"[page {rng.randrange(count) + 1}](../page-{rng.randrange(count) + 1:05d}/)"
            parts.append(" ".join(sentence(rng, rng.randrange(8, 20)) for _ in range(4)) + f" See {link}.\n")
        parts.append("\n".join(f"- **{rng.choice(WORDS)}**: {sentence(rng, 8)}" for _ in range(5)) + "\n")
        rows = "\n".join(f"| {rng.choice(WORDS)} | {rng.randrange(1, 999)} | {rng.uniform(-50, 200):.2f} |" for _ in range(6))
        parts.append(f"| Name | Firms | Median |\n| --- | ---: | ---: |\n{rows}\n")
    return "\n".join(parts)


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(count)
    roireport = os.path.join(folder, "roireport", "input", "pages")
    hugo = os.path.join(folder, "hugo")
    os.makedirs(roireport, exist_ok=True)
    os.makedirs(os.path.join(hugo, "content", "pages"), exist_ok=True)
    os.makedirs(os.path.join(hugo, "layouts", "_default"), exist_ok=True)
    for i in range(1, count + 1):
        title = f"Page {i}: {sentence(rng, 5)[:-1]}"
        body = page(rng, i, count)
        text = f"---\ntitle: \"{title}\"\n---\n\n{body}"
        for target in (roireport, os.path.join(hugo, "content", "pages")):
            with open(os.path.join(target, f"page-{i:05d}.md"), "w", encoding="utf-8") as f:
                f.write(text)
    with open(os.path.join(folder, "roireport", "input", "index.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Home\nlayout: home\n---\n\nA content-only site.\n")
    with open(os.path.join(hugo, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write('baseURL = "https://bench.example/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term"]\n'
                '[markup.goldmark.renderer]\nunsafe = true\n')
    layout = "<!doctype html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n"
    for name in ("single.html", "list.html"):
        with open(os.path.join(hugo, "layouts", "_default", name), "w", encoding="utf-8") as f:
            f.write(layout)


if __name__ == "__main__":
    main()
