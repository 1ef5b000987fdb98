// html_gunzip.hpp — a small gzip (RFC 1952) / DEFLATE (RFC 1951) decoder, so saved pages
// in .html.gz form (as the article-extraction benchmark ships them) can be read by the CLI,
// the benchmark and the tests, natively and in wasm, without zlib.
//
// Written for clarity over speed (canonical Huffman decoding one bit at a time, roughly
// 30–60 MB/s of output). Bounded: output beyond `max_output` bytes is an error.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace np::html {

bool is_gzip(std::string_view bytes);

// Decompresses every gzip member of `in` into `out`. Returns false with `error` set on
// malformed or truncated input (the CRC is not checked; the length field is).
bool gunzip(std::string_view in, std::string& out, std::string& error,
            size_t max_output = size_t(1) << 30);

}  // namespace np::html
