// text.hpp — small UTF-8 helpers shared by every stage.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace np::text {

// Bytes [start,end) of `original` as valid UTF-8: each invalid byte becomes U+FFFD,
// zero-width characters are dropped, control characters become spaces.
std::string display(std::string_view original, uint32_t start, uint32_t end);

}  // namespace np::text
