#!/usr/bin/env python3
"""Fills traedesten_da.ts from da.py and traedesten_en.ts with the English
source text (plus real plural forms), after `cmake --build --target
update_translations` has added new strings. Lists any string still missing."""
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from da import DA, DA_PLURAL, EN_PLURAL  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fill(path, singular, plural, identity):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            forms = plural.get(source)
            if forms is None:
                missing.append(source)
                translation.set('type', 'unfinished')
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            text = source if identity else singular.get(source)
            if text is None:
                missing.append(source)
                translation.set('type', 'unfinished')
                continue
            translation.text = text
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
    return missing


missing = fill(os.path.join(HERE, 'traedesten_da.ts'), DA, DA_PLURAL, False)
missing += fill(os.path.join(HERE, 'traedesten_en.ts'), {}, EN_PLURAL, True)
for m in missing:
    print('missing translation:', m)
sys.exit(1 if missing else 0)
