#!/usr/bin/env python3
"""Sanity checker for labelled.yml (stdlib + PyYAML only).

Checks: the YAML loads, ids are unique, every message has lang/text/spans,
lang is one of nl|vls|fr|en, kinds are from the allowed list, every span text
occurs in the message text (counting repeats) and the spans appear in order.
Prints counts per kind, per language and the number of messages without spans.
Exit code 0 when all checks pass, 1 otherwise.
"""

import collections
import os
import sys

import yaml

KINDS = [
    "telefoonnummer",
    "e-mail",
    "iban",
    "rijksregisternummer",
    "paspoortnummer",
    "naam",
    "adres",
]
LANGS = ["nl", "vls", "fr", "en"]
NOTES = {"mistyped"}
MINIMA = {
    "telefoonnummer": 60,
    "e-mail": 40,
    "iban": 35,
    "rijksregisternummer": 40,
    "paspoortnummer": 40,
    "naam": 45,
    "adres": 35,
}


def main(path):
    errors = []
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        print('ERROR: top level must be a mapping with a "messages" list')
        return 1
    msgs = data["messages"]
    seen = set()
    kind_count = collections.Counter()
    mistyped = collections.Counter()
    lang_count = collections.Counter()
    lang_nospan = collections.Counter()
    kinds_per_msg = collections.Counter()
    for i, m in enumerate(msgs):
        where = "message #%d" % i
        if not isinstance(m, dict):
            errors.append("%s: not a mapping" % where)
            continue
        mid = m.get("id")
        where = "message %r" % mid
        if not isinstance(mid, str) or not mid:
            errors.append("%s: missing id" % where)
        elif mid in seen:
            errors.append("%s: duplicate id" % where)
        seen.add(mid)
        lang = m.get("lang")
        if lang not in LANGS:
            errors.append("%s: bad lang %r" % (where, lang))
        text = m.get("text")
        if not isinstance(text, str) or not text:
            errors.append("%s: missing text" % where)
            continue
        spans = m.get("spans")
        if not isinstance(spans, list):
            errors.append("%s: spans must be a list" % where)
            continue
        lang_count[lang] += 1
        if not spans:
            lang_nospan[lang] += 1
        kinds_per_msg[len({s.get("kind") for s in spans if isinstance(s, dict)})] += 1
        # every span text occurs (counting repeats)
        need = collections.Counter()
        for s in spans:
            if not isinstance(s, dict):
                errors.append("%s: span is not a mapping: %r" % (where, s))
                continue
            extra = set(s) - {"kind", "text", "note"}
            if extra:
                errors.append("%s: unknown span keys %s" % (where, sorted(extra)))
            if s.get("kind") not in KINDS:
                errors.append("%s: unknown kind %r" % (where, s.get("kind")))
            st = s.get("text")
            if not isinstance(st, str) or not st:
                errors.append("%s: empty span text" % where)
                continue
            if "note" in s and s["note"] not in NOTES:
                errors.append("%s: unknown note %r" % (where, s["note"]))
            need[st] += 1
            kind_count[s.get("kind")] += 1
            if s.get("note") == "mistyped":
                mistyped[s.get("kind")] += 1
        for st, n in need.items():
            have = text.count(st)
            if have < n:
                errors.append(
                    "%s: span %r labelled %d time(s) but occurs %d time(s)" % (where, st, n, have)
                )
        # order of appearance (non-overlapping, left to right)
        pos = 0
        for s in spans:
            st = s.get("text") if isinstance(s, dict) else None
            if not isinstance(st, str) or not st:
                continue
            j = text.find(st, pos)
            if j < 0:
                if st in text:
                    errors.append("%s: span %r out of order" % (where, st))
                continue
            pos = j + len(st)

    total = sum(lang_count.values())
    nospan = sum(lang_nospan.values())
    print("messages: %d  (with spans: %d, without spans: %d)" % (total, total - nospan, nospan))
    print()
    print("%-22s %6s %9s %8s" % ("kind", "spans", "mistyped", "minimum"))
    for k in KINDS:
        flag = "" if kind_count[k] >= MINIMA[k] else "  <-- below minimum"
        print("%-22s %6d %9d %8d%s" % (k, kind_count[k], mistyped[k], MINIMA[k], flag))
    print("%-22s %6d %9d" % ("total", sum(kind_count.values()), sum(mistyped.values())))
    print()
    print("%-6s %9s %6s %11s %13s" % ("lang", "messages", "share", "with spans", "without spans"))
    for l in LANGS:
        n = lang_count[l]
        print(
            "%-6s %9d %5.1f%% %11d %13d"
            % (l, n, 100.0 * n / total if total else 0, n - lang_nospan[l], lang_nospan[l])
        )
    print()
    print(
        "distinct kinds per message: "
        + ", ".join("%d: %d" % (k, v) for k, v in sorted(kinds_per_msg.items()))
    )
    lens = [len(m["text"]) for m in msgs if isinstance(m, dict) and isinstance(m.get("text"), str)]
    print(
        "messages >= 300 chars: %d, <= 20 chars: %d"
        % (sum(l >= 300 for l in lens), sum(l <= 20 for l in lens))
    )
    if errors:
        print()
        print("%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print()
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labelled.yml")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
