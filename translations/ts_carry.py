#!/usr/bin/env python3
"""Carry finished translations into the unfinished messages of a .ts file.

    translations/ts_carry.py TARGET.ts DONOR.ts [DONOR.ts ...]

After `update_translations`, a string that moved to another class (context) or came in from another branch is
new to lupdate and marked unfinished. This fills each unfinished message from the donors: first a finished
message with the same context and source, then one with the same source in any context. Numerus forms are
carried as a whole. Messages with no match stay unfinished for a translator (tst_translations names them).
The file's layout is kept as lupdate writes it; only the translations change.
"""
import html
import re
import sys

MESSAGE = re.compile(r'(<message( numerus="yes")?>\s*<source>(.*?)</source>.*?)(<translation[^>]*>.*?</translation>|<translation[^>]*/>)(\s*</message>)', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)


def finished(path):
    by_context, by_source = {}, {}
    text = open(path, encoding='utf-8').read()
    for ctx in CONTEXT.finditer(text):
        for m in MESSAGE.finditer(ctx.group(2)):
            translation = m.group(4)
            if 'type="unfinished"' in translation or 'type="vanished"' in translation or 'type="obsolete"' in translation:
                continue
            if translation.endswith('/>') or re.fullmatch(r'<translation[^>]*>\s*</translation>', translation):
                continue
            key = (bool(m.group(2)), m.group(3))
            by_context.setdefault((ctx.group(1),) + key, translation)
            by_source.setdefault(key, translation)
    return by_context, by_source


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    target, donors = argv[1], argv[2:]
    tables = [finished(d) for d in donors]
    text = open(target, encoding='utf-8').read()
    filled, left = 0, []

    def fill_context(ctx):
        name = ctx.group(1)

        def fill(m):
            nonlocal filled
            if 'type="unfinished"' not in m.group(4):
                return m.group(0)
            key = (bool(m.group(2)), m.group(3))
            for by_context, by_source in tables:
                found = by_context.get((name,) + key) or by_source.get(key)
                if found:
                    filled += 1
                    return m.group(1) + found + m.group(5)
            left.append(f'{name}: {html.unescape(m.group(3))}')
            return m.group(0)

        return ctx.group(0)[:ctx.start(2) - ctx.start(0)] + MESSAGE.sub(fill, ctx.group(2)) + '</context>'

    text = CONTEXT.sub(fill_context, text)
    open(target, 'w', encoding='utf-8').write(text)
    print(f'{target}: {filled} filled, {len(left)} still unfinished')
    for line in left:
        print('  ' + line)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
