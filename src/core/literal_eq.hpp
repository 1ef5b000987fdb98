// literal_eq.hpp — a word compared with a string literal (`w == "and"`) by a length known at
// compile time and one memcmp.
//
// The standard operator takes the literal as a string_view and measures it with strlen, which the
// optimizer folds away only where it inlines the operator. In the files built for size in wasm
// (CMakeLists.txt) it does not: the trade-measure reader compares words with literals some 400
// times, and those strlen and compare calls were most of what building it for size cost (the
// summary stage +10 ms per MB under Node, 4 Dec). Natively, too, it saves instructions. This
// operator is an exact match for a literal, so overload resolution prefers it to the standard one
// (which converts the literal); every other comparison still uses the standard operators. It is
// found by ordinary lookup from code in namespace np. (A std::string against a literal keeps the
// standard operator: the one taking const char* ties with this form.)
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace np {

template <size_t N>
[[gnu::always_inline]] inline bool operator==(std::string_view a, const char (&b)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), b, N - 1) == 0;
}

}  // namespace np
