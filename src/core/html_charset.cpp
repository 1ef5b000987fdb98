// html_charset.cpp — encoding sniffing and conversion to UTF-8.
#include "html_charset.hpp"

#include <cstdint>

#include "html_entities.hpp"
#include "text.hpp"

namespace np::html {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

using text::ascii_iequals;

// Case-insensitive search for lowercase `needle` in `hay` from `from`.
size_t ifind(std::string_view hay, std::string_view needle, size_t from) {
    if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
    for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
        if (lower(hay[i]) != needle[0]) continue;
        size_t k = 1;
        while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return i;
    }
    return std::string_view::npos;
}

// windows-1252 bytes 0x80..0x9F (the five unassigned ones map to the C1 control, as WHATWG).
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

uint32_t cp1252(unsigned char b) {
    if (b >= 0x80 && b <= 0x9F) return kCp1252High[b - 0x80];
    return b;
}

uint32_t latin9(unsigned char b) {
    switch (b) {
        case 0xA4: return 0x20AC;
        case 0xA6: return 0x0160;
        case 0xA8: return 0x0161;
        case 0xB4: return 0x017D;
        case 0xB8: return 0x017E;
        case 0xBC: return 0x0152;
        case 0xBD: return 0x0153;
        case 0xBE: return 0x0178;
        default: return b;
    }
}

// Length of the valid UTF-8 sequence at p (1..4), 0 if none starts there.
int utf8_len(const unsigned char* p, size_t n) {
    unsigned char c = p[0];
    if (c < 0x80) return 1;
    int len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1Fu; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0Fu; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07u; }
    else return 0;
    if (size_t(len) > n) return 0;
    for (int i = 1; i < len; ++i) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (p[i] & 0x3Fu);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
    return len;
}

// True when every byte belongs to a valid UTF-8 sequence and at least one is multi-byte.
bool clearly_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    bool multi = false;
    for (size_t i = 0; i < s.size();) {
        if (p[i] < 0x80) { ++i; continue; }
        int len = utf8_len(p + i, s.size() - i);
        if (len == 0) return false;
        multi = true;
        i += size_t(len);
    }
    return multi;
}

std::string decode_single_byte(std::string_view s, Charset cs) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (unsigned char b : s) {
        if (b < 0x80) out += char(b);
        else append_utf8(out, cs == Charset::latin9 ? latin9(b) : cp1252(b));
    }
    return out;
}


}  // namespace

bool charset_from_label(std::string_view label, Charset& out) {
    // trim spaces and quotes
    while (!label.empty() && (label.front() == ' ' || label.front() == '"' || label.front() == '\''))
        label.remove_prefix(1);
    while (!label.empty() && (label.back() == ' ' || label.back() == '"' || label.back() == '\''))
        label.remove_suffix(1);
    static constexpr const char* kUtf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8"};
    static constexpr const char* k1252[] = {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
        "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "csisolatin1",
        "iso_8859-1:1987", "8859-1"};
    static constexpr const char* kLatin9[] = {"iso-8859-15", "iso8859-15", "iso_8859-15", "latin9",
                                               "latin-9", "l9", "csisolatin9"};
    for (const char* l : kUtf8) if (ascii_iequals(label, l)) { out = Charset::utf8; return true; }
    for (const char* l : k1252) if (ascii_iequals(label, l)) { out = Charset::windows1252; return true; }
    for (const char* l : kLatin9) if (ascii_iequals(label, l)) { out = Charset::latin9; return true; }
    // A page declared UTF-16 without a BOM was necessarily re-encoded when saved: ASCII-
    // compatible bytes mean it is not UTF-16 any more (WHATWG also maps this to UTF-8).
    if (ascii_iequals(label, "utf-16") || ascii_iequals(label, "utf-16le") || ascii_iequals(label, "utf-16be")) {
        out = Charset::utf8;
        return true;
    }
    return false;
}

Charset sniff_charset(std::string_view b, bool* found) {
    if (found) *found = true;
    if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") return Charset::utf8;
    if (b.size() >= 2 && b.substr(0, 2) == "\xFF\xFE") return Charset::utf16le;
    if (b.size() >= 2 && b.substr(0, 2) == "\xFE\xFF") return Charset::utf16be;
    std::string_view head = b.substr(0, 4096);
    size_t pos = 0;
    while ((pos = ifind(head, "<meta", pos)) != std::string_view::npos) {
        size_t end = head.find('>', pos);
        if (end == std::string_view::npos) end = head.size();
        std::string_view tag = head.substr(pos, end - pos);
        pos = end;
        size_t c = ifind(tag, "charset", 0);
        if (c == std::string_view::npos) continue;
        size_t i = c + 7;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
        if (i >= tag.size() || tag[i] != '=') continue;
        ++i;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\'')) ++i;
        size_t j = i;
        while (j < tag.size() && tag[j] != '"' && tag[j] != '\'' && tag[j] != ';' && tag[j] != ' ' &&
               tag[j] != '/' && tag[j] != '>')
            ++j;
        Charset cs;
        if (charset_from_label(tag.substr(i, j - i), cs)) return cs;
    }
    if (found) *found = false;
    return Charset::utf8;
}

std::string to_utf8(std::string_view bytes, Charset* used) {
    bool declared = false;
    Charset cs = sniff_charset(bytes, &declared);
    if (cs == Charset::utf16le || cs == Charset::utf16be) {
        if (used) *used = cs;
        {
            std::string out;
            text::utf16_to_utf8(bytes.substr(2), cs != Charset::utf16le, out);
            return out;
        }
    }
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if ((cs == Charset::windows1252 || cs == Charset::latin9) && !clearly_utf8(bytes)) {
        if (used) *used = cs;
        return decode_single_byte(bytes, cs);
    }
    if (used) *used = Charset::utf8;
    // UTF-8, repairing stray bytes as windows-1252.
    std::string out;
    out.reserve(bytes.size());
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t i = 0, run = 0;
    while (i < bytes.size()) {
        if (p[i] < 0x80) { ++i; continue; }
        int len = utf8_len(p + i, bytes.size() - i);
        if (len > 0) { i += size_t(len); continue; }
        out.append(bytes.data() + run, i - run);
        append_utf8(out, cp1252(p[i]));
        ++i;
        run = i;
    }
    out.append(bytes.data() + run, bytes.size() - run);
    return out;
}

}  // namespace np::html
