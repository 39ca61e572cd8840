# textwrap: wrap / fill (indents, hyphens, long words, sentence endings, max_lines), shorten, dedent, indent
import textwrap, random
s = "A well-known  warrior\tcame from the far-away lands of the north.  She said: 'Hello there!'  Nobody answered. Supercalifragilisticexpialidocious-words are long."
for w in [10, 15, 25, 40]:
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(s, 20, break_on_hyphens=False))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap(s, 30, fix_sentence_endings=True))
print(textwrap.wrap(s, 30, max_lines=2))
print(textwrap.wrap(s, 30, max_lines=3, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten("Hi", 10))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a\n\nb", 10, replace_whitespace=False))
print(repr(textwrap.dedent("  a\n    b\n\t c\n")), repr(textwrap.dedent("    x\n  \n    y")), repr(textwrap.dedent("  a\n \tb")))
print(repr(textwrap.indent("one\n\ntwo\n", "  ")), repr(textwrap.indent("x\ny", "+", lambda l: True)))
