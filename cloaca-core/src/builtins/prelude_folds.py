# Prelude helpers for the builtins that fold a generator inside its own frame (`sum`, `any`,
# `all`: see `GenMode::is_fold` in frame.rs). They finish a fold once a value needs Python
# code (`__add__`, `__bool__`). Kept apart from prelude.py because they are newer than snapshot
# format 2: a runtime restored from an older save, whose saved prelude lacks them, gets them
# added (`builtins::add_missing_prelude_helpers`).


def _any_rest(it, x):
    # any() over a generator that yielded a value whose truth needs __bool__/__len__.
    if x:
        return True
    for x in it:
        if x:
            return True
    return False


def _all_rest(it, x):
    if not x:
        return False
    for x in it:
        if not x:
            return False
    return True


def _sum_rest(it, acc, x):
    # sum() over a generator that yielded a value the native fold does not add (not a number).
    acc = acc + x
    for x in it:
        acc = acc + x
    return acc
