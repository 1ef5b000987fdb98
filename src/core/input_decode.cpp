// input_decode.cpp — sniffing binary files and UTF-16, converting UTF-16 to UTF-8.
#include "input_decode.hpp"

#include <cstdint>
#include <cstring>

#include "text.hpp"

namespace np {

namespace {

bool starts(std::string_view s, const char* magic, size_t n) {
    return s.size() >= n && std::memcmp(s.data(), magic, n) == 0;
}

// Well-known binary signatures, checked before any heuristic.
const char* binary_signature(std::string_view s) {
    struct Magic { const char* bytes; size_t n; const char* name; };
    static constexpr Magic kMagic[] = {
        {"\x89PNG\r\n\x1a\n", 8, "PNG image"},
        {"\xFF\xD8\xFF", 3, "JPEG image"},
        {"GIF87a", 6, "GIF image"},
        {"GIF89a", 6, "GIF image"},
        {"RIFF", 4, "RIFF media file (WebP, WAV or AVI)"},
        {"PK\x03\x04", 4, "ZIP archive (or a Word/Excel/OpenDocument file)"},
        {"PK\x05\x06", 4, "ZIP archive"},
        {"\x1F\x8B", 2, "gzip archive"},
        {"BZh", 3, "bzip2 archive"},
        {"\xFD" "7zXZ\x00", 6, "xz archive"},
        {"7z\xBC\xAF\x27\x1C", 6, "7-Zip archive"},
        {"Rar!\x1A\x07", 6, "RAR archive"},
        {"%PDF-", 5, "PDF document (copy its text out and paste that)"},
        {"\x7F" "ELF", 4, "executable (ELF)"},
        {"MZ", 2, "executable (Windows)"},
        {"\xCA\xFE\xBA\xBE", 4, "executable or Java class"},
        {"\xCF\xFA\xED\xFE", 4, "executable (Mach-O)"},
        {"\x00\x61\x73\x6D", 4, "WebAssembly module"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "legacy Office document"},
        {"SQLite format 3", 15, "SQLite database"},
        {"OggS", 4, "Ogg media file"},
        {"ID3", 3, "MP3 audio"},
        {"\x1A\x45\xDF\xA3", 4, "Matroska/WebM video"},
        {"wOFF", 4, "web font"},
        {"wOF2", 4, "web font"},
    };
    for (const auto& m : kMagic)
        if (starts(s, m.bytes, m.n)) {
            // "MZ" and "ID3" are short: require a second sign of binary content.
            if (m.n <= 3 && std::memchr(s.data(), 0, s.size() < 512 ? s.size() : 512) == nullptr) continue;
            return m.name;
        }
    if (s.size() >= 12 && std::memcmp(s.data() + 4, "ftyp", 4) == 0) return "MP4/QuickTime media file";
    return nullptr;
}

}  // namespace

InputSniff sniff_input(std::string_view s) {
    InputSniff r;
    if (starts(s, "\xFF\xFE", 2) && !starts(s, "\xFF\xFE\x00\x00", 4)) { r.kind = InputKind::utf16le_bom; return r; }
    if (starts(s, "\xFE\xFF", 2)) { r.kind = InputKind::utf16be_bom; return r; }
    if (starts(s, "\xEF\xBB\xBF", 3)) return r;  // UTF-8 BOM
    if (const char* name = binary_signature(s)) {
        r.kind = InputKind::binary;
        r.format = name;
        return r;
    }
    // Heuristics over a sample: NUL bytes never occur in real text. UTF-16 text without a
    // BOM has them in every other position (ASCII letters: "T\0h\0e\0").
    size_t n = s.size() < 65536 ? s.size() : 65536;
    if (n == 0) return r;
    size_t nul_even = 0, nul_odd = 0, ctrl = 0;
    for (size_t i = 0; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0) (i % 2 ? nul_odd : nul_even)++;
        else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) ++ctrl;
    }
    size_t pairs = n / 2;
    if (pairs >= 2 && (nul_odd * 10 >= pairs * 7 || nul_even * 10 >= pairs * 7) &&
        (nul_odd == 0 || nul_even == 0 || nul_odd * 4 < nul_even || nul_even * 4 < nul_odd)) {
        r.kind = InputKind::utf16_no_bom;
        return r;
    }
    // More than 1 in 10 bytes NUL or control: not something a person wrote.
    if ((nul_even + nul_odd + ctrl) * 10 > n) {
        r.kind = InputKind::binary;
        r.format = "binary file";
    }
    return r;
}

bool decode_input(std::string_view bytes, std::string& out, std::string& error) {
    InputSniff s = sniff_input(bytes);
    switch (s.kind) {
        case InputKind::utf8:
            out.assign(bytes.data(), bytes.size());
            return true;
        case InputKind::utf16le_bom:
            out.clear();
            text::utf16_to_utf8(bytes.substr(2), false, out);
            return true;
        case InputKind::utf16be_bom:
            out.clear();
            text::utf16_to_utf8(bytes.substr(2), true, out);
            return true;
        case InputKind::utf16_no_bom:
            error = "looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM) and try again";
            return false;
        case InputKind::binary: {
            const char c = s.format.empty() ? 'x' : s.format[0];  // "an executable", "a PNG image"
            const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
            error = std::string("not text: this looks like ") + (vowel ? "an " : "a ") + s.format;
            return false;
        }
    }
    return false;
}

}  // namespace np
