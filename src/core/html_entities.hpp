// html_entities.hpp — HTML character references: named (a table of the common names) and
// numeric (decimal / hex, with the windows-1252 remapping of 128–159 the HTML spec asks for).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text.hpp"

namespace np::html {

using text::append_utf8;  // (text.hpp) many HTML decoders append code points

// Code point of the named reference `name` (without '&' and ';'), 0 if unknown.
uint32_t named_entity(std::string_view name);

// The table is sorted by name (binary search); exposed so a unit test can check that.
bool entity_table_sorted();

// Decodes one character reference starting at s[0] == '&'. On success appends the
// character(s) to `out` and returns the number of input bytes consumed; returns 0 when the
// text is not a reference we know (the caller then copies the '&' literally).
// `in_attribute`: the HTML rule that "&copy=1" inside attribute values is left alone.
size_t decode_reference(std::string_view s, std::string& out, bool in_attribute);

// Copies `s` to `out`, decoding every character reference.
void decode_entities(std::string_view s, std::string& out, bool in_attribute);

}  // namespace np::html
