// segment_reason.hpp — a segment's reason spelled into a fixed buffer, without the heap string
// segment_reason() (document.hpp) returns: the JSON writer asks for one per segment (8,500 per
// MB of pastes), and most removed segments' reasons are longer than std::string's inline 15
// bytes. segment_reason() is built on this, so both give the same text.
#pragma once
#include <cstddef>
#include <string_view>

#include "document.hpp"

namespace np {

// Room for the longest reason (a near-duplicate inside a repeated block with five 10-digit
// numbers is ~175 bytes). Every reason is printable ASCII without '"' or '\\': constants,
// decimal numbers and a "%.2f" similarity, so it needs no JSON escaping.
struct ReasonText {
    char text[256];
    size_t size = 0;
    // (The bound also tells the compiler a reason never reaches past `text`.)
    std::string_view view() const { return {text, size < sizeof text ? size : sizeof text}; }
};

void segment_reason_into(const Document& doc, size_t i, ReasonText& out);

}  // namespace np
