// text.cpp — UTF-8 helpers.
#include "text.hpp"

namespace np::text {

// Length of the valid UTF-8 sequence at p (1..4), or 0 if the byte at p starts none.
static int valid_seq(const unsigned char* p, size_t n) {
    unsigned char c = p[0];
    if (c < 0x80) return 1;
    int len; uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (size_t(len) > n) return 0;
    for (int i = 1; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return len;
}

std::string display(std::string_view s, uint32_t start, uint32_t end) {
    std::string out;
    if (end > s.size()) end = uint32_t(s.size());
    if (start >= end) return out;
    out.reserve(end - start);
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = start; i < end;) {
        int len = valid_seq(p + i, end - i);
        if (len == 0) { out += "\xEF\xBF\xBD"; ++i; continue; }
        unsigned char c = p[i];
        if (len == 1) {
            out += (c < 0x20 && c != '\n') || c == 0x7F ? ' ' : char(c);
        } else if (len == 3 && c == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] >= 0x8B && p[i + 2] <= 0x8D)) {
            // zero-width space / non-joiner / joiner: invisible, dropped
        } else if (len == 3 && c == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF) {
            // BOM / zero-width no-break space: dropped
        } else {
            out.append(reinterpret_cast<const char*>(p + i), size_t(len));
        }
        i += size_t(len);
    }
    return out;
}

}  // namespace np::text
