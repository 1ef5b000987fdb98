// html_entities.cpp — character references.
//
// Index
//   1. The named-reference table (sorted by name, byte order, for binary search)
//   2. UTF-8 output
//   3. Named / numeric reference decoding
//
// The full HTML5 table has 2,231 names; we keep all of HTML 4 (Latin-1, symbols, Greek,
// typographic punctuation), the HTML5 names for ASCII punctuation and spaces, and common
// Latin Extended-A letters. Unknown names are left in the text as written (browsers do the
// same for names they do not know).
#include "html_entities.hpp"

#include <algorithm>
#include <cstring>

namespace np::html {

namespace {

// ---- 1. Table ------------------------------------------------------------------------
struct Entity {
    const char* name;
    uint32_t cp;
    bool legacy;  // may appear without the closing ';' (the HTML4-era names)
};

constexpr Entity kEntities[] = {
    {"AElig", 198, true},
    {"AMP", 38, true},
    {"Aacute", 193, true},
    {"Acirc", 194, true},
    {"Agrave", 192, true},
    {"Alpha", 913, false},
    {"Amacr", 256, false},
    {"Aogon", 260, false},
    {"Aring", 197, true},
    {"Atilde", 195, true},
    {"Auml", 196, true},
    {"Beta", 914, false},
    {"COPY", 169, true},
    {"Cacute", 262, false},
    {"Ccaron", 268, false},
    {"Ccedil", 199, true},
    {"Chi", 935, false},
    {"CloseCurlyDoubleQuote", 8221, false},
    {"CloseCurlyQuote", 8217, false},
    {"Copf", 8450, false},
    {"Dagger", 8225, false},
    {"Dcaron", 270, false},
    {"Delta", 916, false},
    {"DiacriticalAcute", 180, false},
    {"DiacriticalGrave", 96, false},
    {"DiacriticalTilde", 732, false},
    {"Dot", 168, false},
    {"DoubleDot", 168, false},
    {"Dstrok", 272, false},
    {"ENG", 330, false},
    {"ETH", 208, true},
    {"Eacute", 201, true},
    {"Ecaron", 282, false},
    {"Ecirc", 202, true},
    {"Egrave", 200, true},
    {"Emacr", 274, false},
    {"Eogon", 280, false},
    {"Epsilon", 917, false},
    {"Eta", 919, false},
    {"Eth", 208, false},
    {"Euml", 203, true},
    {"GT", 62, true},
    {"Gamma", 915, false},
    {"Gbreve", 286, false},
    {"Gcedil", 290, false},
    {"Hacek", 711, false},
    {"Hat", 94, false},
    {"Hstrok", 294, false},
    {"IJlig", 306, false},
    {"Iacute", 205, true},
    {"Icirc", 206, true},
    {"Idot", 304, false},
    {"Igrave", 204, true},
    {"Imacr", 298, false},
    {"InvisibleTimes", 8290, false},
    {"Iota", 921, false},
    {"Iuml", 207, true},
    {"Kappa", 922, false},
    {"Kcedil", 310, false},
    {"LT", 60, true},
    {"Lambda", 923, false},
    {"Lcedil", 315, false},
    {"LeftArrow", 8592, false},
    {"Lstrok", 321, false},
    {"MediumSpace", 8287, false},
    {"Mu", 924, false},
    {"Nacute", 323, false},
    {"Ncaron", 327, false},
    {"Ncedil", 325, false},
    {"NewLine", 10, false},
    {"NoBreak", 8288, false},
    {"NonBreakingSpace", 160, false},
    {"Ntilde", 209, true},
    {"Nu", 925, false},
    {"OElig", 338, false},
    {"Oacute", 211, true},
    {"Ocirc", 212, true},
    {"Odblac", 336, false},
    {"Ograve", 210, true},
    {"Omacr", 332, false},
    {"Omega", 937, false},
    {"Omicron", 927, false},
    {"OpenCurlyDoubleQuote", 8220, false},
    {"OpenCurlyQuote", 8216, false},
    {"Oslash", 216, true},
    {"Otilde", 213, true},
    {"Ouml", 214, true},
    {"Phi", 934, false},
    {"Pi", 928, false},
    {"PlusMinus", 177, false},
    {"Prime", 8243, false},
    {"Psi", 936, false},
    {"QUOT", 34, true},
    {"REG", 174, true},
    {"Rcaron", 344, false},
    {"Rcedil", 342, false},
    {"Rho", 929, false},
    {"RightArrow", 8594, false},
    {"Sacute", 346, false},
    {"Scaron", 352, false},
    {"Scedil", 350, false},
    {"Sigma", 931, false},
    {"THORN", 222, true},
    {"TRADE", 8482, false},
    {"Tab", 9, false},
    {"Tau", 932, false},
    {"Tcaron", 356, false},
    {"Tcedil", 354, false},
    {"Theta", 920, false},
    {"ThinSpace", 8201, false},
    {"Tstrok", 358, false},
    {"Uacute", 218, true},
    {"Ucirc", 219, true},
    {"Udblac", 368, false},
    {"Ugrave", 217, true},
    {"Umacr", 362, false},
    {"UnderBar", 95, false},
    {"Upsilon", 933, false},
    {"Uring", 366, false},
    {"Uuml", 220, true},
    {"Vert", 8214, false},
    {"VerticalLine", 124, false},
    {"VeryThinSpace", 8202, false},
    {"Wcirc", 372, false},
    {"Xi", 926, false},
    {"Yacute", 221, true},
    {"Ycirc", 374, false},
    {"Yuml", 376, false},
    {"Zacute", 377, false},
    {"Zcaron", 381, false},
    {"Zdot", 379, false},
    {"ZeroWidthSpace", 8203, false},
    {"Zeta", 918, false},
    {"aacute", 225, true},
    {"acirc", 226, true},
    {"acute", 180, true},
    {"aelig", 230, true},
    {"af", 8289, false},
    {"agrave", 224, true},
    {"alefsym", 8501, false},
    {"alpha", 945, false},
    {"amacr", 257, false},
    {"amp", 38, true},
    {"and", 8743, false},
    {"ang", 8736, false},
    {"angst", 197, false},
    {"aogon", 261, false},
    {"apos", 39, false},
    {"aring", 229, true},
    {"ast", 42, false},
    {"asymp", 8776, false},
    {"atilde", 227, true},
    {"auml", 228, true},
    {"backprime", 8245, false},
    {"bdquo", 8222, false},
    {"beta", 946, false},
    {"bigcirc", 9711, false},
    {"bigstar", 9733, false},
    {"blacksquare", 9642, false},
    {"breve", 728, false},
    {"brvbar", 166, true},
    {"bsemi", 8271, false},
    {"bsol", 92, false},
    {"bull", 8226, false},
    {"bullet", 8226, false},
    {"cacute", 263, false},
    {"cap", 8745, false},
    {"caret", 8257, false},
    {"caron", 711, false},
    {"ccaron", 269, false},
    {"ccedil", 231, true},
    {"cedil", 184, true},
    {"cent", 162, true},
    {"centerdot", 183, false},
    {"check", 10003, false},
    {"checkmark", 10003, false},
    {"chi", 967, false},
    {"cir", 9675, false},
    {"circ", 710, false},
    {"clubs", 9827, false},
    {"colon", 58, false},
    {"comma", 44, false},
    {"commat", 64, false},
    {"cong", 8773, false},
    {"copy", 169, true},
    {"copysr", 8471, false},
    {"crarr", 8629, false},
    {"cross", 10007, false},
    {"cup", 8746, false},
    {"curren", 164, true},
    {"dArr", 8659, false},
    {"dagger", 8224, false},
    {"darr", 8595, false},
    {"dash", 8208, false},
    {"dblac", 733, false},
    {"dcaron", 271, false},
    {"deg", 176, true},
    {"delta", 948, false},
    {"diams", 9830, false},
    {"die", 168, false},
    {"div", 247, false},
    {"divide", 247, true},
    {"dollar", 36, false},
    {"dot", 729, false},
    {"downarrow", 8595, false},
    {"dstrok", 273, false},
    {"dtri", 9663, false},
    {"dtrif", 9662, false},
    {"eacute", 233, true},
    {"ecaron", 283, false},
    {"ecirc", 234, true},
    {"egrave", 232, true},
    {"ell", 8467, false},
    {"emacr", 275, false},
    {"empty", 8709, false},
    {"emsp", 8195, false},
    {"emsp13", 8196, false},
    {"emsp14", 8197, false},
    {"eng", 331, false},
    {"ensp", 8194, false},
    {"eogon", 281, false},
    {"epsilon", 949, false},
    {"equals", 61, false},
    {"equiv", 8801, false},
    {"eta", 951, false},
    {"eth", 240, true},
    {"euml", 235, true},
    {"euro", 8364, false},
    {"excl", 33, false},
    {"exist", 8707, false},
    {"female", 9792, false},
    {"ffilig", 64259, false},
    {"fflig", 64256, false},
    {"ffllig", 64260, false},
    {"filig", 64257, false},
    {"flat", 9837, false},
    {"fllig", 64258, false},
    {"fnof", 402, false},
    {"forall", 8704, false},
    {"frac12", 189, true},
    {"frac13", 8531, false},
    {"frac14", 188, true},
    {"frac15", 8533, false},
    {"frac16", 8537, false},
    {"frac18", 8539, false},
    {"frac23", 8532, false},
    {"frac25", 8534, false},
    {"frac34", 190, true},
    {"frac35", 8535, false},
    {"frac38", 8540, false},
    {"frac45", 8536, false},
    {"frac56", 8538, false},
    {"frac58", 8541, false},
    {"frac78", 8542, false},
    {"frasl", 8260, false},
    {"gamma", 947, false},
    {"gbreve", 287, false},
    {"ge", 8805, false},
    {"geq", 8805, false},
    {"grave", 96, false},
    {"gt", 62, true},
    {"hArr", 8660, false},
    {"hairsp", 8202, false},
    {"half", 189, false},
    {"harr", 8596, false},
    {"hbar", 8463, false},
    {"hearts", 9829, false},
    {"hellip", 8230, false},
    {"horbar", 8213, false},
    {"hstrok", 295, false},
    {"hybull", 8259, false},
    {"hyphen", 8208, false},
    {"iacute", 237, true},
    {"icirc", 238, true},
    {"iexcl", 161, true},
    {"igrave", 236, true},
    {"ijlig", 307, false},
    {"imacr", 299, false},
    {"image", 8465, false},
    {"imath", 305, false},
    {"incare", 8453, false},
    {"infin", 8734, false},
    {"infintie", 10717, false},
    {"inodot", 305, false},
    {"int", 8747, false},
    {"iota", 953, false},
    {"iquest", 191, true},
    {"isin", 8712, false},
    {"iuml", 239, true},
    {"kappa", 954, false},
    {"kcedil", 311, false},
    {"kgreen", 312, false},
    {"lArr", 8656, false},
    {"lambda", 955, false},
    {"lang", 10216, false},
    {"laquo", 171, true},
    {"larr", 8592, false},
    {"larrhk", 8617, false},
    {"lbrace", 123, false},
    {"lbrack", 91, false},
    {"lcedil", 316, false},
    {"lceil", 8968, false},
    {"lcub", 123, false},
    {"ldquo", 8220, false},
    {"ldquor", 8222, false},
    {"le", 8804, false},
    {"leftarrow", 8592, false},
    {"leq", 8804, false},
    {"lfloor", 8970, false},
    {"lowast", 8727, false},
    {"lowbar", 95, false},
    {"loz", 9674, false},
    {"lozenge", 9674, false},
    {"lpar", 40, false},
    {"lrm", 8206, false},
    {"lsaquo", 8249, false},
    {"lsqb", 91, false},
    {"lsquo", 8216, false},
    {"lsquor", 8218, false},
    {"lstrok", 322, false},
    {"lt", 60, true},
    {"ltri", 9667, false},
    {"ltrif", 9666, false},
    {"macr", 175, true},
    {"male", 9794, false},
    {"map", 8614, false},
    {"mapsto", 8614, false},
    {"marker", 9646, false},
    {"mdash", 8212, false},
    {"mho", 8487, false},
    {"micro", 181, true},
    {"middot", 183, true},
    {"minus", 8722, false},
    {"mldr", 8230, false},
    {"mu", 956, false},
    {"nabla", 8711, false},
    {"nacute", 324, false},
    {"napos", 329, false},
    {"natural", 9838, false},
    {"nbsp", 160, true},
    {"ncaron", 328, false},
    {"ncedil", 326, false},
    {"ndash", 8211, false},
    {"ne", 8800, false},
    {"ni", 8715, false},
    {"nldr", 8229, false},
    {"not", 172, true},
    {"notin", 8713, false},
    {"nsub", 8836, false},
    {"ntilde", 241, true},
    {"nu", 957, false},
    {"num", 35, false},
    {"numero", 8470, false},
    {"numsp", 8199, false},
    {"oacute", 243, true},
    {"ocirc", 244, true},
    {"odblac", 337, false},
    {"oelig", 339, false},
    {"ogon", 731, false},
    {"ograve", 242, true},
    {"ohm", 937, false},
    {"oline", 8254, false},
    {"omacr", 333, false},
    {"omega", 969, false},
    {"omicron", 959, false},
    {"oplus", 8853, false},
    {"or", 8744, false},
    {"ordf", 170, true},
    {"ordm", 186, true},
    {"oslash", 248, true},
    {"otilde", 245, true},
    {"otimes", 8855, false},
    {"ouml", 246, true},
    {"para", 182, true},
    {"part", 8706, false},
    {"percnt", 37, false},
    {"period", 46, false},
    {"permil", 8240, false},
    {"perp", 8869, false},
    {"pertenk", 8241, false},
    {"phi", 966, false},
    {"phone", 9742, false},
    {"pi", 960, false},
    {"piv", 982, false},
    {"planckh", 8462, false},
    {"plus", 43, false},
    {"plusmn", 177, true},
    {"pm", 177, false},
    {"pound", 163, true},
    {"prime", 8242, false},
    {"prod", 8719, false},
    {"prop", 8733, false},
    {"psi", 968, false},
    {"puncsp", 8200, false},
    {"qprime", 8279, false},
    {"quest", 63, false},
    {"quot", 34, true},
    {"rArr", 8658, false},
    {"radic", 8730, false},
    {"rang", 10217, false},
    {"raquo", 187, true},
    {"rarr", 8594, false},
    {"rarrhk", 8618, false},
    {"rbrace", 125, false},
    {"rbrack", 93, false},
    {"rcaron", 345, false},
    {"rcedil", 343, false},
    {"rceil", 8969, false},
    {"rcub", 125, false},
    {"rdquo", 8221, false},
    {"rdquor", 8221, false},
    {"real", 8476, false},
    {"rect", 9645, false},
    {"reg", 174, true},
    {"rfloor", 8971, false},
    {"rho", 961, false},
    {"rightarrow", 8594, false},
    {"ring", 730, false},
    {"rlm", 8207, false},
    {"rpar", 41, false},
    {"rsaquo", 8250, false},
    {"rsqb", 93, false},
    {"rsquo", 8217, false},
    {"rsquor", 8217, false},
    {"rtri", 9657, false},
    {"rtrif", 9656, false},
    {"sacute", 347, false},
    {"sbquo", 8218, false},
    {"scaron", 353, false},
    {"scedil", 351, false},
    {"sdot", 8901, false},
    {"sect", 167, true},
    {"semi", 59, false},
    {"sharp", 9839, false},
    {"shy", 173, true},
    {"sigma", 963, false},
    {"sigmaf", 962, false},
    {"sim", 8764, false},
    {"sol", 47, false},
    {"spades", 9824, false},
    {"squ", 9633, false},
    {"square", 9633, false},
    {"squf", 9642, false},
    {"star", 9734, false},
    {"starf", 9733, false},
    {"sub", 8834, false},
    {"sube", 8838, false},
    {"sum", 8721, false},
    {"sup", 8835, false},
    {"sup1", 185, true},
    {"sup2", 178, true},
    {"sup3", 179, true},
    {"supe", 8839, false},
    {"szlig", 223, true},
    {"tau", 964, false},
    {"tcaron", 357, false},
    {"tcedil", 355, false},
    {"there4", 8756, false},
    {"theta", 952, false},
    {"thetasym", 977, false},
    {"thinsp", 8201, false},
    {"thorn", 254, true},
    {"tilde", 732, false},
    {"times", 215, true},
    {"to", 8594, false},
    {"trade", 8482, false},
    {"tstrok", 359, false},
    {"uArr", 8657, false},
    {"uacute", 250, true},
    {"uarr", 8593, false},
    {"ucirc", 251, true},
    {"udblac", 369, false},
    {"ugrave", 249, true},
    {"umacr", 363, false},
    {"uml", 168, true},
    {"uparrow", 8593, false},
    {"upsih", 978, false},
    {"upsilon", 965, false},
    {"uring", 367, false},
    {"utri", 9653, false},
    {"utrif", 9652, false},
    {"uuml", 252, true},
    {"verbar", 124, false},
    {"vert", 124, false},
    {"wcirc", 373, false},
    {"weierp", 8472, false},
    {"xcirc", 9711, false},
    {"xi", 958, false},
    {"yacute", 253, true},
    {"ycirc", 375, false},
    {"yen", 165, true},
    {"yuml", 255, true},
    {"zacute", 378, false},
    {"zcaron", 382, false},
    {"zdot", 380, false},
    {"zeta", 950, false},
    {"zwj", 8205, false},
    {"zwnj", 8204, false},
};
constexpr size_t kEntityCount = sizeof(kEntities) / sizeof(kEntities[0]);
constexpr size_t kLongestName = 24;

const Entity* find_entity(std::string_view name) {
    const Entity* lo = kEntities;
    const Entity* hi = kEntities + kEntityCount;
    while (lo < hi) {
        const Entity* mid = lo + (hi - lo) / 2;
        std::string_view m(mid->name);
        if (m < name) lo = mid + 1;
        else hi = mid;
    }
    if (lo != kEntities + kEntityCount && std::string_view(lo->name) == name) return lo;
    return nullptr;
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The HTML spec maps &#128;..&#159; to what windows-1252 puts at those bytes (pages written
// in cp1252 often say "&#146;" for a right quote).
constexpr uint16_t kC1ToCp1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

}  // namespace

// ---- 2. UTF-8 output -----------------------------------------------------------------
bool entity_table_sorted() {
    for (size_t i = 1; i < kEntityCount; ++i)
        if (!(std::string_view(kEntities[i - 1].name) < std::string_view(kEntities[i].name))) return false;
    return true;
}

// ---- 3. Decoding ---------------------------------------------------------------------
uint32_t named_entity(std::string_view name) {
    const Entity* e = find_entity(name);
    return e ? e->cp : 0;
}

size_t decode_reference(std::string_view s, std::string& out, bool in_attribute) {
    if (s.size() < 2 || s[0] != '&') return 0;
    if (s[1] == '#') {
        size_t i = 2;
        bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
        if (hex) ++i;
        size_t digits_start = i;
        uint32_t cp = 0;
        bool overflow = false;
        for (; i < s.size(); ++i) {
            char c = s[i];
            uint32_t d;
            if (c >= '0' && c <= '9') d = uint32_t(c - '0');
            else if (hex && c >= 'a' && c <= 'f') d = uint32_t(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F') d = uint32_t(c - 'A' + 10);
            else break;
            if (cp > 0x10FFFF) overflow = true;  // keep scanning digits, value is lost
            else cp = cp * (hex ? 16 : 10) + d;
        }
        if (i == digits_start) return 0;  // "&#" or "&#x" with no digits: literal text
        if (i < s.size() && s[i] == ';') ++i;
        if (overflow || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        else if (cp >= 0x80 && cp <= 0x9F) cp = kC1ToCp1252[cp - 0x80];
        append_utf8(out, cp);
        return i;
    }
    // Named: read the longest alphanumeric run (bounded), then try it with ';', and for the
    // legacy names also its longest known prefix without ';' ("&copy2019" -> "©2019").
    size_t end = 1;
    while (end < s.size() && end <= kLongestName + 1 && is_alnum(s[end])) ++end;
    if (end == 1) return 0;
    std::string_view name = s.substr(1, end - 1);
    if (end < s.size() && s[end] == ';') {
        if (const Entity* e = find_entity(name)) {
            append_utf8(out, e->cp);
            return end + 1;
        }
    }
    for (size_t len = std::min(name.size(), size_t(6)); len >= 2; --len) {
        const Entity* e = find_entity(name.substr(0, len));
        if (!e || !e->legacy) continue;
        if (in_attribute) {
            char next = 1 + len < s.size() ? s[1 + len] : '\0';
            if (is_alnum(next) || next == '=') return 0;
        }
        append_utf8(out, e->cp);
        return 1 + len;
    }
    return 0;
}

void decode_entities(std::string_view s, std::string& out, bool in_attribute) {
    size_t i = 0;
    while (i < s.size()) {
        const void* amp = std::memchr(s.data() + i, '&', s.size() - i);
        if (!amp) {
            out.append(s.data() + i, s.size() - i);
            return;
        }
        size_t a = size_t(static_cast<const char*>(amp) - s.data());
        out.append(s.data() + i, a - i);
        size_t used = decode_reference(s.substr(a), out, in_attribute);
        if (used == 0) {
            out += '&';
            i = a + 1;
        } else {
            i = a + used;
        }
    }
}

}  // namespace np::html
