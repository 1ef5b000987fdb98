// html_tokenizer.hpp — a tolerant, pull-style HTML tokenizer over UTF-8 text.
//
// Follows the HTML spec's tokenizer where it matters for reading text (tags, attributes in
// any quoting, comments, bogus comments, doctype, CDATA, character references, raw-text and
// escapable-raw-text elements) and simplifies the rest. Never throws, never recurses, runs in
// time linear in the input (every scan moves forward; raw-text end searches start where the
// previous one stopped).
//
// The tree builder drives the element-dependent states, as in the spec: after a <script>
// start tag it calls enter_raw_text("script", false), after <title> enter_raw_text("title",
// true), and so on.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace np::html {

enum class TokenType { start_tag, end_tag, text, comment, doctype };

struct Attribute {
    std::string name;   // lowercase
    std::string value;  // character references decoded
};

struct Token {
    TokenType type = TokenType::text;
    std::string name;               // tags: lowercase name
    std::vector<Attribute> attrs;   // start tags: the first `attr_count` entries are valid
    size_t attr_count = 0;          // (entries are reused between tokens to save allocations)
    bool self_closing = false;
    std::string text;               // text (references decoded), comment or CDATA content
    size_t offset = 0;              // byte offset of the token in the input
};

class Tokenizer {
public:
    explicit Tokenizer(std::string_view utf8) : s_(utf8) {}

    // Reads the next token into `t`; false at the end of the input.
    bool next(Token& t);

    // What follows is raw text up to "</tag" (case-insensitive) + space, '/' or '>'.
    // `decode_references`: true for title/textarea (RCDATA), false for script/style.
    void enter_raw_text(std::string_view tag, bool decode_references);
    // <plaintext>: everything that follows is text.
    void enter_plaintext() { plaintext_ = true; }
    // Inside <svg>/<math>, CDATA sections are text; elsewhere they are comments.
    void set_foreign(bool foreign) { foreign_ = foreign; }

    size_t position() const { return pos_; }

private:
    bool read_tag(Token& t, bool end_tag);
    void read_attributes(Token& t);
    bool read_markup_declaration(Token& t);
    bool read_bogus_comment(Token& t, size_t from);
    void read_text(Token& t);
    bool read_raw_text(Token& t);

    std::string_view s_;
    size_t pos_ = 0;
    std::string raw_tag_;       // non-empty while in a raw-text element
    bool raw_decode_ = false;
    bool plaintext_ = false;
    bool foreign_ = false;
};

}  // namespace np::html
