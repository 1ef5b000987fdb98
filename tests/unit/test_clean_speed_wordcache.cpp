// test_clean_speed_wordcache.cpp — dd::WordHashCache (word hashes reused across the MinHash
// signatures and exact Jaccards of a document) must change nothing: on real text, every
// signature and every exact Jaccard computed through one shared cache equals the one computed
// without a cache. The cache is deliberately small here (64 slots) so that slots are
// overwritten often, and the text mixes case, soft hyphens and zero-width characters, whose
// raw bytes differ while their word hashes agree.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <cstring>
#include <string>

#include "dedup_parts.hpp"

using namespace np;

namespace {

std::string real_text() {
    std::string text;
    test::for_each_reuters_body([&](const std::string& body) {
        if (text.size() >= 250000) return false;
        text += body;
        text += "\n\n";
        // The same body again, upper-cased, with a soft hyphen and a zero-width space spliced
        // into some words: other raw bytes for the same word hashes.
        std::string v = body;
        for (size_t i = 0; i < v.size(); ++i) {
            if (v[i] >= 'a' && v[i] <= 'z' && i % 3 == 0) v[i] = char(v[i] - 32);
        }
        for (size_t i = v.size(); i-- > 0;) {
            if (i % 97 == 5 && v[i] >= 'a' && v[i] <= 'z') v.insert(i, "\xC2\xAD");
            else if (i % 131 == 7 && v[i] >= 'A' && v[i] <= 'Z') v.insert(i, "\xE2\x80\x8B");
        }
        text += v;
        text += "\n\n";
        return true;
    });
    std::string sample;
    if (test::read_file(test::source_dir() + "/assets/sample.txt", sample)) text += sample;
    return text;
}

}  // namespace

TEST_CASE("clean speed: signatures and exact Jaccards through the word-hash cache equal the plain ones") {
    const std::string text = real_text();
    if (text.size() < 100000) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    Document d = test::seg_doc(text);
    REQ(d.segments.size() > 100);
    dd::WordHashCache small(1);  // 64 slots: heavy overwriting
    dd::WordHashCache big(d.tokens.size());
    dd::JaccardScratch plain_scratch, cached_scratch;
    cached_scratch.words = &small;
    size_t compared = 0, differ = 0, jaccard_differ = 0;
    for (int round = 0; round < 2; ++round) {  // the second round reads a warm cache
        for (size_t i = 0; i < d.segments.size(); ++i) {
            const Segment& s = d.segments[i];
            uint32_t plain[dd::kSigSize], a[dd::kSigSize], b[dd::kSigSize];
            const bool ok = dd::signature(d, s, plain);
            const bool ok_a = dd::signature(d, s, a, &small);
            const bool ok_b = dd::signature(d, s, b, &big);
            differ += ok != ok_a || ok != ok_b;
            if (ok && ok_a && ok_b) {
                ++compared;
                differ += std::memcmp(plain, a, sizeof plain) != 0;
                differ += std::memcmp(plain, b, sizeof plain) != 0;
            }
            if (i > 0) {  // neighbours: some pairs overlap (the upper-cased copies follow)
                const Segment& p = d.segments[i - 1];
                jaccard_differ += dd::exact_jaccard(d, p, d, s, plain_scratch) !=
                                  dd::exact_jaccard(d, p, d, s, cached_scratch);
            }
        }
    }
    CHECK(compared > 1000);
    CHECK(differ == 0);
    CHECK(jaccard_differ == 0);
}
