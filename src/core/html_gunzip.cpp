// html_gunzip.cpp — see html_gunzip.hpp.
//
// Index
//   1. Bit reader
//   2. Canonical Huffman tables
//   3. Blocks: stored, fixed, dynamic
//   4. gzip members
#include "html_gunzip.hpp"

#include <cstdint>

namespace np::html {

namespace {

// ---- 1. Bit reader (LSB first, as DEFLATE packs them) ------------------------------------
struct Bits {
    const uint8_t* p;
    size_t n, pos = 0;
    uint32_t buf = 0;
    int count = 0;
    bool bad = false;

    uint32_t get(int k) {  // k <= 24
        while (count < k) {
            if (pos >= n) { bad = true; return 0; }
            buf |= uint32_t(p[pos++]) << count;
            count += 8;
        }
        uint32_t v = buf & ((1u << k) - 1u);
        buf >>= k;
        count -= k;
        return v;
    }
    void align() { buf = 0; count = 0; }  // drop the rest of the current byte
};

// ---- 2. Huffman --------------------------------------------------------------------------
struct Huffman {
    uint16_t count[16] = {};  // codes of each length
    uint16_t symbol[320] = {};  // symbols ordered by code
};

// False if the lengths describe an over-subscribed code.
bool build(Huffman& h, const uint8_t* lengths, int n) {
    for (auto& c : h.count) c = 0;
    for (int i = 0; i < n; ++i) ++h.count[lengths[i]];
    h.count[0] = 0;
    int left = 1;
    for (int len = 1; len < 16; ++len) {
        left <<= 1;
        left -= h.count[len];
        if (left < 0) return false;
    }
    uint16_t offs[16];
    offs[1] = 0;
    for (int len = 1; len < 15; ++len) offs[len + 1] = uint16_t(offs[len] + h.count[len]);
    for (int i = 0; i < n; ++i)
        if (lengths[i]) h.symbol[offs[lengths[i]]++] = uint16_t(i);
    return true;
}

// Next symbol, or -1 on bad data.
int decode(Bits& b, const Huffman& h) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len < 16; ++len) {
        code |= int(b.get(1));
        if (b.bad) return -1;
        int c = h.count[len];
        if (code - c < first) return h.symbol[index + (code - first)];
        index += c;
        first = (first + c) << 1;
        code <<= 1;
    }
    return -1;
}

// ---- 3. Blocks ---------------------------------------------------------------------------
constexpr uint16_t kLenBase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                   31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr uint8_t kLenExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                   2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr uint16_t kDistBase[30] = {1,   2,   3,   4,   5,   7,    9,    13,   17,   25,
                                    33,  49,  65,  97,  129, 193,  257,  385,  513,  769,
                                    1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr uint8_t kDistExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                    6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
constexpr uint8_t kCodeOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

bool codes(Bits& b, std::string& out, size_t start, const Huffman& lit, const Huffman& dist,
           size_t max_output, std::string& error) {
    for (;;) {
        int sym = decode(b, lit);
        if (sym < 0) { error = "bad literal/length code"; return false; }
        if (sym < 256) {
            if (out.size() >= max_output) { error = "output too large"; return false; }
            out += char(sym);
            continue;
        }
        if (sym == 256) return true;
        sym -= 257;
        if (sym >= 29) { error = "bad length symbol"; return false; }
        size_t len = kLenBase[sym] + b.get(kLenExtra[sym]);
        int ds = decode(b, dist);
        if (ds < 0 || ds >= 30) { error = "bad distance code"; return false; }
        size_t d = kDistBase[ds] + b.get(kDistExtra[ds]);
        if (b.bad) { error = "truncated data"; return false; }
        if (d > out.size() - start) { error = "distance too far back"; return false; }
        if (out.size() + len > max_output) { error = "output too large"; return false; }
        size_t from = out.size() - d;
        for (size_t i = 0; i < len; ++i) out += out[from + i];  // may overlap: byte by byte
    }
}

bool inflate(Bits& b, std::string& out, size_t max_output, std::string& error) {
    size_t start = out.size();
    for (;;) {
        uint32_t last = b.get(1);
        uint32_t type = b.get(2);
        if (b.bad) { error = "truncated data"; return false; }
        if (type == 0) {  // stored
            b.align();
            if (b.pos + 4 > b.n) { error = "truncated stored block"; return false; }
            uint32_t len = b.p[b.pos] | (uint32_t(b.p[b.pos + 1]) << 8);
            uint32_t nlen = b.p[b.pos + 2] | (uint32_t(b.p[b.pos + 3]) << 8);
            b.pos += 4;
            if (len != (~nlen & 0xFFFFu)) { error = "bad stored block length"; return false; }
            if (b.pos + len > b.n) { error = "truncated stored block"; return false; }
            if (out.size() + len > max_output) { error = "output too large"; return false; }
            out.append(reinterpret_cast<const char*>(b.p + b.pos), len);
            b.pos += len;
        } else if (type == 1) {  // fixed codes
            uint8_t l[288];
            for (int i = 0; i < 144; ++i) l[i] = 8;
            for (int i = 144; i < 256; ++i) l[i] = 9;
            for (int i = 256; i < 280; ++i) l[i] = 7;
            for (int i = 280; i < 288; ++i) l[i] = 8;
            Huffman lit, dist;
            build(lit, l, 288);
            uint8_t d[30];
            for (auto& x : d) x = 5;
            build(dist, d, 30);
            if (!codes(b, out, start, lit, dist, max_output, error)) return false;
        } else if (type == 2) {  // dynamic codes
            int nlen = int(b.get(5)) + 257, ndist = int(b.get(5)) + 1, ncode = int(b.get(4)) + 4;
            if (b.bad || nlen > 286 || ndist > 30) { error = "bad dynamic block header"; return false; }
            uint8_t lengths[320] = {};
            for (int i = 0; i < ncode; ++i) lengths[kCodeOrder[i]] = uint8_t(b.get(3));
            Huffman lencode;
            if (!build(lencode, lengths, 19)) { error = "bad code-length code"; return false; }
            int i = 0;
            while (i < nlen + ndist) {
                int sym = decode(b, lencode);
                if (sym < 0) { error = "bad code lengths"; return false; }
                if (sym < 16) { lengths[i++] = uint8_t(sym); continue; }
                uint8_t value = 0;
                int rep;
                if (sym == 16) {
                    if (i == 0) { error = "repeat with no previous length"; return false; }
                    value = lengths[i - 1];
                    rep = 3 + int(b.get(2));
                } else if (sym == 17) rep = 3 + int(b.get(3));
                else rep = 11 + int(b.get(7));
                if (i + rep > nlen + ndist) { error = "too many code lengths"; return false; }
                while (rep--) lengths[i++] = value;
            }
            if (b.bad) { error = "truncated data"; return false; }
            Huffman lit, dist;
            if (!build(lit, lengths, nlen) || !build(dist, lengths + nlen, ndist)) {
                error = "bad Huffman code";
                return false;
            }
            if (!codes(b, out, start, lit, dist, max_output, error)) return false;
        } else {
            error = "bad block type";
            return false;
        }
        if (last) return true;
    }
}

}  // namespace

bool is_gzip(std::string_view s) {
    return s.size() >= 2 && uint8_t(s[0]) == 0x1F && uint8_t(s[1]) == 0x8B;
}

// ---- 4. gzip members ---------------------------------------------------------------------
bool gunzip(std::string_view in, std::string& out, std::string& error, size_t max_output) {
    const auto* p = reinterpret_cast<const uint8_t*>(in.data());
    size_t n = in.size(), pos = 0;
    out.clear();
    bool any = false;
    while (pos < n) {
        if (n - pos < 18 || p[pos] != 0x1F || p[pos + 1] != 0x8B || p[pos + 2] != 8) {
            if (any) return true;  // trailing garbage after a complete member: ignored
            error = "not a gzip file";
            return false;
        }
        uint8_t flags = p[pos + 3];
        size_t i = pos + 10;
        if (flags & 4) {  // FEXTRA
            if (i + 2 > n) { error = "truncated header"; return false; }
            i += 2 + (p[i] | (size_t(p[i + 1]) << 8));
        }
        for (int f : {8, 16}) {  // FNAME, FCOMMENT: zero-terminated
            if (!(flags & f)) continue;
            while (i < n && p[i]) ++i;
            ++i;
        }
        if (flags & 2) i += 2;  // FHCRC
        if (i >= n) { error = "truncated header"; return false; }
        size_t before = out.size();
        Bits b{p + i, n - i};
        if (!inflate(b, out, max_output, error)) return false;
        size_t end = i + b.pos;
        if (end + 8 > n) { error = "truncated trailer"; return false; }
        uint32_t isize = p[end + 4] | (uint32_t(p[end + 5]) << 8) | (uint32_t(p[end + 6]) << 16) |
                         (uint32_t(p[end + 7]) << 24);
        if (isize != uint32_t(out.size() - before)) { error = "length mismatch"; return false; }
        pos = end + 8;
        any = true;
    }
    return any;
}

}  // namespace np::html
