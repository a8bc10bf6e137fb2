#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Refreshes translations/actlab_{zh_CN,en}.ts from the sources and fills in the Chinese.

1. lupdate scans src/ and ui/ (tr(), QT_TRANSLATE_NOOP markers in the core, .ui forms) and
   rewrites both .ts files, dropping strings that no longer exist (-no-obsolete).
2. Every message of actlab_zh_CN.ts is looked up in translations/zh/*.json, files of the form
   {"Context": {"English source": "中文译文", ...}, ...}, and marked finished when found.
   Keeping the Chinese in small JSON files per area lets several people add strings at once
   without fighting over one XML file.
3. It lists what is still missing and exits 1 if anything is, so a missing translation is
   noticed here and not only by the test that guards the .ts file.

English: actlab_en.ts holds only the plural forms (lupdate -pluralonly), filled from
translations/en/plurals.json, so "1 point" and "2 points" both read right.

Usage: translations/update.py [--check]   (--check: report only, write nothing)
"""
import glob
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LUPDATE = next((p for p in ("/usr/lib/qt6/bin/lupdate", "/usr/bin/lupdate6") if os.path.exists(p)),
               "lupdate")


def load_dictionary():
    table = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "translations", "zh", "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for context, messages in data.items():
            for source, translation in messages.items():
                key = (context, source)
                if key in table and table[key] != translation:
                    print(f"warning: {os.path.basename(path)} redefines {context}: {source!r}")
                table[key] = translation
    return table


def run_lupdate(ts, language, plural_only=False):
    sources = [os.path.join(ROOT, "src"), os.path.join(ROOT, "ui")]
    extra = ["-pluralonly"] if plural_only else []
    subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "none", *extra,
                    "-source-language", "en", "-target-language", language,
                    *[s for s in sources if os.path.isdir(s)], "-ts", ts], check=True)


def load_plurals():
    """translations/en/plurals.json: {"Context": {"source": ["singular", "plural"]}}."""
    with open(os.path.join(ROOT, "translations", "en", "plurals.json"), encoding="utf-8") as f:
        data = json.load(f)
    return {(c, s): forms for c, messages in data.items() for s, forms in messages.items()}


def fill(ts, table, write):
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            value = table.get((name, source))
            if value is None:
                if translation.get("type") == "unfinished" or not (translation.text or ""):
                    missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                # One form (Chinese has no plural) or a list of forms (English: one, other).
                for text in value if isinstance(value, list) else [value]:
                    form = ET.SubElement(translation, "numerusform")
                    form.text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
    if write:
        ET.indent(tree, space="    ")
        with open(ts, "wb") as f:
            f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(f, encoding="utf-8", xml_declaration=False)
            f.write(b"\n")
    return missing


def main():
    check = "--check" in sys.argv
    zh = os.path.join(ROOT, "translations", "actlab_zh_CN.ts")
    en = os.path.join(ROOT, "translations", "actlab_en.ts")
    if not check:
        run_lupdate(zh, "zh_CN")
        # English needs only its plural forms ("1 point", "2 points"); other texts are the
        # sources themselves.
        run_lupdate(en, "en", plural_only=True)
    missing = fill(zh, load_dictionary(), write=not check)
    for context, source in missing:
        print(f"missing zh_CN: [{context}] {source!r}")
    missing_en = fill(en, load_plurals(), write=not check)
    for context, source in missing_en:
        print(f"missing en plural forms: [{context}] {source!r} (translations/en/plurals.json)")
    print(f"{len(missing)} untranslated message(s) in actlab_zh_CN.ts, "
          f"{len(missing_en)} in actlab_en.ts")
    return 1 if missing or missing_en else 0


if __name__ == "__main__":
    sys.exit(main())
