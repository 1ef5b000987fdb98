// html_charset.hpp — bytes of a saved page to UTF-8: BOM, <meta charset>, http-equiv, and a
// validity check (many saved pages are re-encoded to UTF-8 but keep their old declaration).
#pragma once
#include <string>
#include <string_view>

namespace np::html {

enum class Charset { utf8, windows1252, latin9, utf16le, utf16be };

// The encoding declared by a BOM, else by a <meta> in the first 4 KiB; `found` says whether
// anything was declared (else utf8 is returned).
Charset sniff_charset(std::string_view bytes, bool* found = nullptr);

// Charset for a label such as "ISO-8859-1" (WHATWG: latin-1 labels mean windows-1252).
// Returns false for labels we cannot convert (the caller then keeps UTF-8).
bool charset_from_label(std::string_view label, Charset& out);

// Decodes the page to UTF-8. Rules, in order:
//   1. a BOM wins (UTF-8, UTF-16LE/BE), and is removed;
//   2. a declared single-byte charset is used unless the bytes are valid UTF-8 with at least
//      one multi-byte sequence (then the declaration is stale and UTF-8 is kept);
//   3. otherwise UTF-8, where each byte that starts no valid sequence is read as
//      windows-1252 (mixed-encoding pages exist; this never loses text).
// `used` (optional) receives the charset applied.
std::string to_utf8(std::string_view bytes, Charset* used = nullptr);

}  // namespace np::html
