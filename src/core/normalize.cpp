// normalize.cpp — builds Document::work: the same bytes as the original text with every
// byte that would confuse later stages rewritten IN PLACE (same length, so offsets agree).
// The mapping is the table in document.hpp ("2. Normalization"); counts go to doc.norm.
#include "stage_inputs.hpp"
#include "stages.hpp"
#include "text.hpp"

namespace np {

namespace {

// True when the 8 bytes at p need no rewrite: each is printable ASCII (0x20..0x7E) or '\n'.
// Word-at-a-time bit tricks (no branch per byte): most news text is exactly this, so the
// byte loop below only runs around the rare bytes that change.
inline bool plain8(const unsigned char* p) {
    using text::kOnes, text::kHigh;
    uint64_t x = text::load8(reinterpret_cast<const char*>(p));
    uint64_t z = x | (text::bytes_equal(x, '\n') >> 2);  // '\n' (0x0A) -> '*' (0x2A)
    uint64_t below_space = (z - kOnes * 0x20) & ~z & kHigh;  // nonzero iff some byte < 0x20
    return ((x & kHigh) | text::bytes_equal(z, 0x7F) | below_space) == 0;
}

}  // namespace

void normalize(Document& doc) {
    doc.norm = NormalizeStats{};
    doc.text_patches.clear();
    doc.work_storage = doc.text;
    std::string& w = doc.work_storage;
    NormalizeStats& st = doc.norm;
    auto* p = reinterpret_cast<unsigned char*>(w.data());
    const size_t n = w.size();
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        p[0] = p[1] = p[2] = ' ';
        st.bom = true;
        i = 3;
    }
    while (i < n) {
        if (i + 8 <= n && plain8(p + i)) { i += 8; continue; }
        unsigned char c = p[i];
        if (c >= 0x20 && c < 0x7F) { ++i; continue; }  // printable ASCII: the common case
        if (c == '\n') { ++i; continue; }
        if (c < 0x80) {
            if (c == '\r') {
                if (i + 1 < n && p[i + 1] == '\n') { p[i] = ' '; ++st.crlf; i += 2; }
                else { p[i] = '\n'; ++st.lone_cr; ++i; }
                continue;
            }
            if (c != '\t') ++st.control_chars;  // a tab is ordinary whitespace, not counted
            p[i] = ' ';
            ++i;
            continue;
        }
        int len = text::utf8_valid_len(p + i, n - i);
        if (len == 0) { p[i] = 0x1A; ++st.invalid_bytes; ++i; continue; }
        if (len == 2) {
            if (c == 0xC2 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) {  // C1 controls
                p[i] = p[i + 1] = ' '; ++st.control_chars;
            } else if (c == 0xC2 && p[i + 1] == 0xA0) {              // NBSP
                p[i] = p[i + 1] = ' '; ++st.unicode_spaces;
            } else if (c == 0xC2 && p[i + 1] == 0xAD) {              // soft hyphen
                p[i] = p[i + 1] = 0x7F; ++st.zero_width;
            }
        } else if (len == 3) {
            unsigned char b1 = p[i + 1], b2 = p[i + 2];
            bool space = false, zero = false;
            if (c == 0xE2 && b1 == 0x80) {
                if (b2 <= 0x8A || b2 == 0xAF) space = true;                  // U+2000..200A, U+202F
                else if (b2 >= 0x8B && b2 <= 0x8F) zero = true;              // ZWSP, ZWNJ, ZWJ, LRM, RLM
                else if (b2 == 0xA8 || b2 == 0xA9) {                          // line/paragraph separator
                    p[i] = '\n'; p[i + 1] = p[i + 2] = ' ';
                    ++st.control_chars;
                }
            } else if (c == 0xE2 && b1 == 0x81) {
                if (b2 == 0x9F) space = true;                                  // U+205F
                else if (b2 >= 0xA0 && b2 <= 0xAF) zero = true;               // word joiner, invisible ops
            } else if (c == 0xE3 && b1 == 0x80 && b2 == 0x80) {
                space = true;                                                  // U+3000
            } else if (c == 0xE1 && b1 == 0x9A && b2 == 0x80) {
                space = true;                                                  // U+1680
            } else if (c == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                zero = true;                                                   // BOM inside: ZWNBSP
            }
            if (space) { p[i] = p[i + 1] = p[i + 2] = ' '; ++st.unicode_spaces; }
            if (zero) { p[i] = p[i + 1] = p[i + 2] = 0x7F; ++st.zero_width; }
        }
        i += size_t(len);
    }
    settle_work(doc);  // keep the copy only where it is needed (stage_inputs.cpp)
}

}  // namespace np
