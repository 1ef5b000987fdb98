// test_clean_speed_dedup.cpp — near-duplicate recall on planted edits of real Reuters
// paragraphs: the measure used to judge a change of the MinHash word hash (a faster hash
// picks other minima, so LSH nominates other candidates; recall must not drop).
//
// One document: a paragraph of 25-70 words from each of 1400 Reuters articles, then an
// edited copy of each (cycling through: one word replaced; two replaced; three replaced and
// one dropped; commas dropped, quotes curled and one word replaced; 4, 6 or 8 words replaced;
// each other copy hard-wrapped at ~70 columns). A copy is "eligible" when its exact word-bigram Jaccard with
// its original reaches the near-duplicate threshold, and "found" when dedup marks it a
// duplicate of that original (or of what that original itself repeats). Near-duplicate
// decisions among the originals themselves (unplanted) are counted too: each is checked by
// the exact Jaccard, so they are real overlaps, reported to compare schemes.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dedup_parts.hpp"
#include "text.hpp"

using namespace np;
using namespace np::test;

namespace {

std::vector<std::string> split_words(const std::string& s) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r')) ++i;
        size_t j = i;
        while (j < s.size() && !(s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r')) ++j;
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// The first run of whole sentences (25-70 words) of a body, on one line; empty if none.
std::string paragraph_of(const std::string& body) {
    std::vector<std::string> w = split_words(body);
    std::string p;
    size_t n = 0;
    for (const auto& x : w) {
        if (!p.empty()) p += ' ';
        p += x;
        ++n;
        char last = x.back();
        if (n >= 25 && (last == '.' || last == '?' || last == '!')) return n <= 70 ? p : std::string();
    }
    return {};
}

uint64_t next_rand(uint64_t& state) { return text::mix64(state += 0x9E3779B97F4A7C15ull); }

std::string edited(const std::string& p, int a) {
    uint64_t rng = uint64_t(a) * 7919u + 1;
    std::vector<std::string> w = split_words(p);
    auto replace = [&](int k) {
        for (int r = 0; r < k; ++r) {
            size_t at = size_t(next_rand(rng) % w.size());
            w[at] = "zq" + std::to_string(next_rand(rng) % 100000);
        }
    };
    switch (a % 7) {
        case 0: replace(1); break;
        case 1: replace(2); break;
        case 2:
            replace(3);
            w.erase(w.begin() + long(next_rand(rng) % w.size()));
            break;
        case 4: replace(4); break;  // heavier edits: near the threshold, where LSH can miss
        case 5: replace(6); break;
        case 6: replace(8); break;
        default:
            replace(1);
            for (auto& x : w) {
                if (!x.empty() && x.back() == ',') x.pop_back();
                if (!x.empty() && x[0] == '"') x = "\xE2\x80\x9C" + x.substr(1);
                if (!x.empty() && x.back() == '"') x = x.substr(0, x.size() - 1) + "\xE2\x80\x9D";
            }
    }
    std::string out;
    size_t col = 0;
    const bool wrap = a % 2 == 1;
    for (const auto& x : w) {
        if (!out.empty()) {
            if (wrap && col + 1 + x.size() > 70) { out += '\n'; col = 0; }
            else { out += ' '; ++col; }
        }
        out += x;
        col += x.size();
    }
    return out;
}

}  // namespace

TEST_CASE("near-duplicate recall on planted edits of 1400 Reuters paragraphs") {
    std::vector<std::string> paras;
    const bool have = for_each_reuters_body([&](const std::string& body) {
        if (paras.size() >= 1400) return false;
        std::string p = paragraph_of(body);
        if (!p.empty()) paras.push_back(p);
        return true;
    });
    if (!have) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    REQ(paras.size() == 1400);
    std::string text;
    std::vector<uint32_t> starts, ends;  // of every paragraph, originals then copies
    auto add = [&](const std::string& p) {
        starts.push_back(uint32_t(text.size()));
        text += p;
        ends.push_back(uint32_t(text.size()));
        text += "\n\n";
    };
    for (const auto& p : paras) add(p);
    for (size_t a = 0; a < paras.size(); ++a) add(edited(paras[a], int(a)));
    Options opt;
    opt.keep_internals = true;  // tokens stay: exact_jaccard reads them
    Analysis an = analyze(Input{{{"doc", "", text}}}, opt);
    REQ(an.documents.size() == 1);
    const Document& d = an.documents[0];
    // The segment of each paragraph (kNone when the segmenter cut it in several).
    const uint32_t kNone = UINT32_MAX;
    std::vector<uint32_t> seg_of(starts.size(), kNone);
    size_t split = 0;
    for (size_t k = 0, si = 0; k < starts.size(); ++k) {
        while (si < d.segments.size() && d.segments[si].start < starts[k]) ++si;
        if (si < d.segments.size() && d.segments[si].start == starts[k] && d.segments[si].end == ends[k]) seg_of[k] = uint32_t(si);
        else ++split;
    }
    const uint32_t n = uint32_t(paras.size());
    auto root = [&](uint32_t i) {
        const Segment& s = d.segments[i];
        return s.status == SegmentStatus::duplicate && s.duplicate_of >= 0 ? uint32_t(s.duplicate_of) : i;
    };
    size_t eligible = 0, found = 0, found_any = 0, wrong_target = 0, skipped = 0;
    dd::JaccardScratch scratch;
    for (uint32_t a = 0; a < n; ++a) {
        if (seg_of[a] == kNone || seg_of[n + a] == kNone) { ++skipped; continue; }
        const uint32_t oi = seg_of[a];
        const Segment& orig = d.segments[oi];
        const Segment& copy = d.segments[seg_of[n + a]];
        if (orig.status == SegmentStatus::boilerplate || copy.status == SegmentStatus::boilerplate) { ++skipped; continue; }
        const float jac = dd::exact_jaccard(d, orig, d, copy, scratch);
        const uint32_t words = uint32_t(split_words(paras[a]).size());
        const float need = words >= dd::kLongWords ? dd::kNearThreshold : dd::kNearThresholdShort;
        const bool dup = copy.status == SegmentStatus::duplicate;
        const bool right = dup && copy.duplicate_of >= 0 && root(uint32_t(copy.duplicate_of)) == root(oi);
        found_any += right;
        wrong_target += dup && !right;
        if (jac >= need) {
            ++eligible;
            found += right;
        }
    }
    size_t unplanted = 0;
    for (uint32_t i = 0; i < d.segments.size() && d.segments[i].start < starts[n]; ++i) {
        const Segment& s = d.segments[i];
        unplanted += s.status == SegmentStatus::duplicate && s.similarity < 1.0f;
    }
    const double recall = eligible ? double(found) / double(eligible) : 0.0;
    MESSAGE("planted " << n << " (skipped: boilerplate or cut by the segmenter " << skipped << ", cut " << split
                       << "), eligible (exact Jaccard >= threshold) "
                       << eligible << ", found " << found << " (recall " << recall << "), found of all planted "
                       << found_any << ", copies matched to another paragraph " << wrong_target
                       << ", near-duplicates among the originals " << unplanted);
    CHECK(split < 40);
    CHECK(eligible > 1000);
    CHECK(recall >= 0.9);
    CHECK(wrong_target <= 5);
}
