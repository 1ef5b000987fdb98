// input_decode.hpp — turning the bytes of a file or a paste into text for analyze().
//
// People drop anything: UTF-16 files from Windows editors, a PNG or a zip by mistake, a PDF.
// decode_input() accepts UTF-8 (BOM or not) and UTF-16 with a BOM (converted to UTF-8), and
// refuses binary files and BOM-less UTF-16 with a message a person can act on. It never
// throws. When it converts, offsets in the analysis refer to the converted UTF-8 text.
#pragma once
#include <string>
#include <string_view>

namespace np {

enum class InputKind : uint8_t {
    utf8,         // text (possibly with invalid bytes, which analyze() replaces)
    utf16le_bom,  // converted
    utf16be_bom,  // converted
    utf16_no_bom, // refused: we cannot know the byte order for sure
    binary,       // refused: "not text"
};

struct InputSniff {
    InputKind kind = InputKind::utf8;
    std::string format;   // for binary: "PNG image", "ZIP archive", "executable", ...
};

// Looks at the first bytes (and a sample of the rest) only: O(min(n, 64 KiB)).
InputSniff sniff_input(std::string_view bytes);

// On success `out` holds UTF-8 text (BOM-less UTF-8 input is copied as is, a UTF-8 BOM kept
// so offsets stay those of the file) and returns true. On refusal returns false and `error`
// says why, starting with "not text" for binary input.
bool decode_input(std::string_view bytes, std::string& out, std::string& error);

}  // namespace np
