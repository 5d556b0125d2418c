"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 (Python 3.11) dropped a reference to ``True`` on every signal emitted from
Python; a terminal left open through a night shift would abort with "bool_dealloc".
pyproject.toml excludes that release; this test fails if a broken binding comes back.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_from_python_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.fired.emit(None)
    assert len(received) == 200
    # The faulty binding loses exactly one reference per emit (-200 here); allow for a
    # few references that unrelated interpreter work may take or release meanwhile.
    assert abs(sys.getrefcount(True) - before_true) < 20
    assert abs(sys.getrefcount(False) - before_false) < 20
