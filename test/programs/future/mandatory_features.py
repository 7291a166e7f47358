# The features mandatory on 3.x are accepted and change nothing; the import binds _Feature records.
from __future__ import nested_scopes, generators, division; from __future__ import absolute_import
from __future__ import (with_statement, print_function as pf,
                        unicode_literals, generator_stop)
import __future__

print(7 / 2, 7 // 2)
print(pf)
print(nested_scopes.getOptionalRelease(), nested_scopes.getMandatoryRelease())
print(__future__.generator_stop.compiler_flag, __future__.CO_FUTURE_GENERATOR_STOP)
print(__future__.annotations.mandatory)
print(len(__future__.all_feature_names), __future__.all_feature_names[:3])

def gen():
    yield 1
    return 2

print(list(gen()))
print(type(division).__name__, division.optional < with_statement.optional)
