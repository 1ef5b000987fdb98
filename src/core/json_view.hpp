// json_view.hpp — the project's one JSON reader: the analysis parts the UI takes in
// (src/app/view_model.cpp), the models (summarize_model.cpp), JSONL input (formats.cpp), a
// page's JSON-LD (html_metadata.cpp) and the worker's and the page's small messages.
// It indexes one text into a flat array of nodes that point into the text: no allocation per
// value, strings unescaped only when asked for. nlohmann's tree (a map and a std::string per
// value) read the parts at ~3.5 MB/s in wasm; the UI must read tens of MB between frames. And
// nlohmann's parser was ~50 KB of the worker's wasm and ~34 KB of the UI's (5 Dec, 37th session).
//
// Strict JSON (RFC 8259): numbers by the grammar, no raw control bytes in strings, only the
// escapes JSON defines, nothing after the value (tests/fuzz/fuzz_json_view.cpp holds it to
// nlohmann's parser). Where it differs from nlohmann, on purpose, it keeps what it is given:
// bytes that are not UTF-8 pass through (the core's normalizer cleans them), a \u escape of
// half a surrogate pair reads as U+FFFD, and a number too large for a double keeps its text
// (raw(); number() is infinite). A JSONL line is not lost for one broken character.
// The text must stay alive and unchanged while its Doc is read.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace np::jv {

enum class Kind : uint8_t { Null, False, True, Number, String, Array, Object };

struct Node {
    Kind kind = Kind::Null;
    bool escaped = false;     // a string with backslash escapes
    bool key_escaped = false; // a member whose key has backslash escapes
    uint32_t a = 0, b = 0;    // the value's text: a string's contents (no quotes), a number
    uint32_t first = 0;       // a container's first child (0: none; node 0 is the root)
    uint32_t next = 0;        // the next sibling (0: none)
    uint32_t key_a = 0, key_b = 0;  // a member's key (raw, between the quotes)
};

class Doc;

class Value {
public:
    Value() = default;
    Value(const Doc* d, uint32_t i) : d_(d), i_(i) {}
    explicit operator bool() const { return d_ != nullptr; }  // present
    Kind kind() const;
    bool is_null() const { return d_ && kind() == Kind::Null; }
    bool is_boolean() const { return d_ && (kind() == Kind::True || kind() == Kind::False); }
    bool is_number() const { return d_ && kind() == Kind::Number; }
    bool is_string() const { return d_ && kind() == Kind::String; }
    bool is_array() const { return d_ && kind() == Kind::Array; }
    bool is_object() const { return d_ && kind() == Kind::Object; }
    bool boolean() const { return d_ && kind() == Kind::True; }
    double number() const;        // 0 unless a number
    std::string str() const;      // unescaped; "" unless a string
    std::string_view raw() const; // a number's or a string's text as written (no quotes)
    std::string_view key() const; // a member's key as written (escapes not undone)
    Value find(std::string_view key) const;  // an object's member (the first of equal keys), or absent
    size_t size() const;          // an array's or object's number of children (0 for the rest)

    class iterator {
    public:
        iterator(const Doc* d, uint32_t i) : d_(d), i_(i) {}
        Value operator*() const { return Value(d_, i_); }
        iterator& operator++();
        bool operator!=(const iterator& o) const { return i_ != o.i_; }

    private:
        const Doc* d_;
        uint32_t i_;
    };
    iterator begin() const;  // children of an array or object (none for the rest)
    iterator end() const { return iterator(d_, 0); }

private:
    const Doc* d_ = nullptr;
    uint32_t i_ = 0;
};

class Doc {
public:
    // Indexes `text` (len bytes, then a terminator). False when it is not one JSON value.
    bool parse(const char* text, size_t len);
    Value root() const { return nodes_.empty() ? Value() : Value(this, 0); }

private:
    friend class Value;
    uint32_t value(int depth);
    bool string(uint32_t& a, uint32_t& b, bool& escaped);
    bool number();
    void ws() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }
    const char* text_ = nullptr;
    const char* p_ = nullptr;
    const char* end_ = nullptr;
    bool ok_ = true;
    std::vector<Node> nodes_;  // kept between parses: its capacity is reused
};

}  // namespace np::jv
