// test_ner_pass_group.cpp — round 7's shortcuts in group_entities give what the plain
// computations give, on real text (assets/sample.txt and the first Reuters articles of
// ../shared/data/news):
//   * the name tokens' hashes are taken from StageSentence::hl instead of hash_bytes() of the
//     lowercase token: both must be equal for every word;
//   * group_key_hash() reads a key's last 1-7 bytes with overlapping loads; the byte-by-byte
//     assembly below must give the same hash for every key length and byte value;
//   * lower_append() (one append, then capitals lowered in place) appends lower() of each word
//     and of each entity name, after whatever the buffer held;
//   * a mention whose bytes are printable ASCII is its own display text (group_entities now
//     views doc.text for those instead of copying display()'s result), and every alias and
//     canonical name of real text is a mention's display text;
//   * Lexicon::capital_of (a hash prefilter before the lowercase copy and the scan) finds every
//     capital row of the shipped gazetteer in any casing, and nothing for other names.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "ner_stage.hpp"
#include "ner_text.hpp"
#include "test_support.hpp"
#include "text.hpp"

using namespace np::ner;

namespace {

// group_key_hash() with the tail assembled one byte at a time (the plain path).
uint64_t group_key_hash_plain(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    if (i < s.size()) {
        uint64_t v = 0;
        for (size_t k = i; k < s.size(); ++k) v |= uint64_t((unsigned char)s[k]) << (8 * (k - i));
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    h *= 0x94D049BB133111EBull;
    h ^= h >> 32;
    return h;
}

}  // namespace

TEST_CASE("ner pass: group_key_hash equals its byte-by-byte form") {
    size_t checked = 0;
    for (size_t len = 0; len <= 20; ++len)
        for (size_t at = 0; at < std::max<size_t>(len, 1); ++at)
            for (int b = 0; b < 256; b += 7) {
                std::string key(len, 'k');
                if (len) key[at] = char(b);
                // The key inside a longer buffer: bytes around it must not leak into its hash.
                const std::string around = "\xFF\xFE" + key + "\xFD\xFC\xFB\xFA\xF9\xF8\xF7\xF6";
                const std::string_view view = std::string_view(around).substr(2, len);
                CHECK(group_key_hash(view) == group_key_hash_plain(key));
                ++checked;
            }
    CHECK(checked > 5000);
    CHECK(group_key_hash("united states") != group_key_hash("united state"));
}

TEST_CASE("ner pass: name token hashes (StageSentence::hl) are hash_bytes of the lowercase tokens") {
    const std::string text = np::test::sample_and_reuters(80);
    auto a = np::test::analyze_text(text);
    REQUIRE(a.documents.size() == 1);
    StageDoc staged;
    WordFactsCache cache;
    size_t words = 0, keys = 0;
    for (int pass = 0; pass < 2; ++pass) {  // without, then with the word-facts cache
        stage_sentences(a.documents[0], staged, pass ? &cache : nullptr);
        for (const StageSentence& s : staged.sents)
            for (size_t i = 0; i < s.words.size(); ++i) {
                CAPTURE(s.words[i]);
                CHECK(s.hl[i] == hash_bytes(s.lower[i]));
                ++words;
            }
    }
    // Keys of real names: the fast tail equals the plain one; lower_append equals lower.
    std::string buf = "Prefix ";
    size_t appended = 0;
    for (const np::Entity& e : a.documents[0].entities) {
        const std::string k = lower(e.name);
        CHECK(group_key_hash(k) == group_key_hash_plain(k));
        const size_t at = buf.size();
        lower_append(e.name, buf);
        CHECK(buf.substr(0, 7) == "Prefix ");
        CHECK(buf.substr(at) == k);
        ++keys;
    }
    for (const StageSentence& s : staged.sents)
        for (std::string_view w : s.words) {
            const size_t at = buf.size();
            lower_append(w, buf);
            CHECK(buf.substr(at) == lower(w));
            ++appended;
        }
    for (std::string_view w : {"Über", "ÉCOLE Polytechnique", "São Paulo", "ABC-XYZ @[`{"}) {
        std::string one = "x";
        lower_append(w, one);
        std::string want = "x";
        want += lower(w);
        CHECK(one == want);
    }
    CHECK(appended >= 1000);
    size_t printable = 0, mentions = 0;
    const np::Document& doc = a.documents[0];
    for (const np::Entity& e : doc.entities)
        for (const np::Mention& mm : e.mentions) {
            const std::string_view bytes = std::string_view(doc.text).substr(mm.start, mm.end - mm.start);
            const std::string shown = np::text::display(doc.text, mm.start, mm.end);
            ++mentions;
            if (printable_ascii(bytes)) {
                CHECK(shown == bytes);
                ++printable;
            }
            // every other surface form is listed as an alias, as a name is shown (a line break
            // inside it is a space: text::display_name)
            const std::string as_name = np::text::display_name(doc.text, mm.start, mm.end);
            CHECK(as_name.find('\n') == std::string::npos);
            if (as_name != e.name) CHECK(std::find(e.aliases.begin(), e.aliases.end(), as_name) != e.aliases.end());
        }
    CHECK(mentions >= 100);
    CHECK(printable * 2 > mentions);
    CHECK(words >= 1000);
    CHECK(keys >= 10);
}

TEST_CASE("ner pass: capital_of (hash prefilter) finds every capital row in any casing, and nothing else") {
    // The capital rows of the shipped gazetteer, read here as a user's file would be.
    std::string tsv;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/gazetteer_world.tsv", tsv));
    Lexicon lex;
    std::string error;
    REQUIRE(lex.add_tsv(tsv, "gazetteer_world.tsv", error));
    size_t rows = 0;
    for (size_t at = 0; at < tsv.size();) {
        size_t nl = tsv.find('\n', at);
        if (nl == std::string::npos) nl = tsv.size();
        const std::string_view line = std::string_view(tsv).substr(at, nl - at);
        at = nl + 1;
        if (line.substr(0, 8) != "capital\t") continue;
        const std::string_view rest = line.substr(8);
        const size_t tab = rest.find('\t');
        REQUIRE(tab != std::string_view::npos);
        const std::string city(rest.substr(0, tab)), country(rest.substr(tab + 1));
        CAPTURE(city);
        CHECK(lex.capital_of(city) == country);
        CHECK(lex.capital_of(upper(city)) == country);
        CHECK(lex.capital_of(lower(city)) == country);
        CHECK(lex.capital_of(city + "s").empty());
        ++rows;
    }
    CHECK(rows >= 5);
    for (std::string_view other : {"China", "United States", "Reuters", "", "W"}) CHECK(lex.capital_of(other).empty());
}
