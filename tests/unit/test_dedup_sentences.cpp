// test_dedup_sentences.cpp — dedup step 3b: a segment that repeats the sentences of earlier
// segments cut into other paragraphs (a second copy with paragraphs joined or split, a pull
// quote) is a duplicate; a segment that adds text of its own is not.
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

using namespace np::test;
using np::SegmentStatus;

namespace {
const char* kHead = "Harbor towns brace for higher fish export duties";
const char* kLead = "The government of Norland said on Tuesday it would raise export duties on frozen cod to 12% "
                    "from July, a move that fishing cooperatives warned could cost thousands of jobs.";
const char* kQuotePara = "Trade minister Pavel Koren told reporters in the capital that the duty was needed to keep "
                         "more processing work at home. \u201CWe cannot keep shipping raw fish abroad and buying it "
                         "back in tins,\u201D he said.";
const char* kBuyers = "Buyers in Eastmark, which takes about half of Norland's cod, said they would look for other "
                      "suppliers. The Eastmark Seafood Association said prices in its shops could rise by as much as "
                      "8% by the autumn.";
const char* kBank = "Economists at the Bank of Norland estimated the duty would raise 40 million crowns a year, but "
                    "said the fall in exports could offset much of that gain.";
const char* kEnd = "The cooperatives plan to meet the minister next week.";

std::string article() {
    return std::string(kHead) + "\n\n" + kLead + "\n\n" + kQuotePara + "\n\n" + kBuyers + "\n\n" + kBank + "\n\n" +
           kEnd + "\n";
}

// The segment whose text starts with `prefix` (the last one when several do).
size_t seg_starting(const np::Document& d, const std::string& prefix) {
    size_t found = SIZE_MAX;
    for (size_t i = 0; i < d.segments.size(); ++i)
        if (seg_text(d, i).rfind(prefix, 0) == 0) found = i;
    return found;
}

np::Document clean(const std::string& t, bool clean_only = false) {
    np::Options o;
    o.clean_only = clean_only;
    np::Analysis a = np::analyze(np::Input{{{"doc", "", t}}}, o);
    return a.documents.empty() ? np::Document{} : std::move(a.documents[0]);
}
}  // namespace

TEST_CASE("dedup: a second copy with two paragraphs joined repeats them") {
    const std::string t = article() + "\n" + kHead + "\n\n" + kLead + "\n\n" + kQuotePara + " " + kBuyers + "\n\n" +
                          kBank + "\n\n" + kEnd + "\n";
    auto d = clean(t);
    REQ(d.segments.size() == 11);
    for (size_t i = 0; i < 6; ++i) CHECK(d.segments[i].status == SegmentStatus::kept);
    const size_t joined = 8;  // heading, lead, then the joined paragraph
    REQ(seg_text(d, joined).rfind("Trade minister", 0) == 0);
    CHECK(d.segments[joined].status == SegmentStatus::duplicate);
    CHECK(d.segments[joined].duplicate_of == 2);
    // Every bigram but the one across the join ("said buyers") is in segments 2 and 3.
    CHECK(d.segments[joined].similarity > 0.95f);
    CHECK(d.segments[joined].similarity < 1.0f);
    const std::string why = np::segment_reason(d, joined);
    CHECK(why.rfind("repeats the sentences of segment 2 (share of its word bigrams found 0.9", 0) == 0);
    // It sits in the run of the copy: the run's range follows.
    CHECK(why.find("; part of a repeated block: segments 6-10 repeat segments 0-5") != std::string::npos);
    for (size_t i = 6; i < 11; ++i) CHECK(d.segments[i].status == SegmentStatus::duplicate);
}

TEST_CASE("dedup: a paragraph split in two: the half the near-duplicate check misses repeats its sentences") {
    const std::string quote_alone = "\u201CWe cannot keep shipping raw fish abroad and buying it back in tins,\u201D he said.";
    const std::string t = article() + "\n" + kLead + "\n\n" +
                          "Trade minister Pavel Koren told reporters in the capital that the duty was needed to keep "
                          "more processing work at home.\n\n" + quote_alone + "\n\n" + kBuyers + "\n";
    auto d = clean(t);
    const size_t q = seg_starting(d, quote_alone);
    REQ(q != SIZE_MAX);
    REQ(q > 5);
    CHECK(d.segments[q].status == SegmentStatus::duplicate);
    CHECK(d.segments[q].duplicate_of == 2);
    CHECK(d.segments[q].similarity == doctest::Approx(1.0));
    CHECK(np::segment_reason(d, q).rfind("repeats the sentences of segment 2", 0) == 0);
}

TEST_CASE("dedup: a pull quote with straight quotes repeats a sentence quoted with curly ones") {
    const std::string pull = "\"We cannot keep shipping raw fish abroad and buying it back in tins.\"";
    const std::string t = std::string(kHead) + "\n\n" + kLead + "\n\n" + kQuotePara + "\n\n" + kBuyers + "\n\n" + pull +
                          "\n\n" + kBank + "\n\n" + kEnd + "\n";
    auto d = clean(t);
    REQ(d.segments.size() == 7);
    CHECK(d.segments[5].status == SegmentStatus::kept);  // the bank paragraph after it
    CHECK(d.segments[4].status == SegmentStatus::duplicate);
    CHECK(d.segments[4].duplicate_of == 2);
    // Alone (no run around it), one source: "segment 2", and its share.
    CHECK(np::segment_reason(d, 4) == "repeats the sentences of segment 2 (share of its word bigrams found 1.00)");
}

TEST_CASE("dedup: a paragraph of sentences from two earlier paragraphs names both") {
    // (Half of each: too little of either for the near-duplicate check.)
    const std::string mix = "Trade minister Pavel Koren told reporters in the capital that the duty was needed to keep "
                            "more processing work at home. Buyers in Eastmark, which takes about half of Norland's cod, "
                            "said they would look for other suppliers.";
    const std::string t = article() + "\n" + mix + "\n";
    auto d = clean(t);
    REQ(d.segments.size() == 7);
    CHECK(d.segments[6].status == SegmentStatus::duplicate);
    CHECK(d.segments[6].duplicate_of == 2);
    CHECK(np::segment_reason(d, 6).rfind("repeats the sentences of segments 2-3 (share of its word bigrams found 0.9", 0) == 0);
}

TEST_CASE("dedup: a paragraph that starts with an earlier sentence and goes on is kept") {
    const std::string more = "Trade minister Pavel Koren told reporters in the capital that the duty was needed to keep "
                             "more processing work at home. He added that canneries in the south had asked for cheaper "
                             "loans, and that talks with the unions would start after the summer holidays.";
    // Same start, different words: the key finds segment 2, the bigram share says no.
    const std::string turned = "The government of Norland said on Wednesday that talks with Eastmark on a common fishing "
                               "zone would resume in the spring.";
    auto d = clean(article() + "\n" + more + "\n\n" + turned + "\n");
    REQ(d.segments.size() == 8);
    for (const auto& s : d.segments) CHECK(s.status == SegmentStatus::kept);
}

TEST_CASE("dedup: a repeated sentence under six words stays") {
    auto d = clean(article() + "\n" + "\u201CWe cannot keep shipping,\u201D he said.\n");
    REQ(d.segments.size() == 7);
    CHECK(d.segments[6].status == SegmentStatus::kept);
}

TEST_CASE("dedup: repeated sentences are found alike with the tokens kept and rebuilt (clean-only)") {
    const std::string t = article() + "\n" + kHead + "\n\n" + kLead + "\n\n" + kQuotePara + " " + kBuyers + "\n\n" +
                          "\"We cannot keep shipping raw fish abroad and buying it back in tins.\"\n\n" + kBank + "\n";
    auto full = clean(t, false), only = clean(t, true);
    REQ(full.segments.size() == only.segments.size());
    size_t repeats = 0;
    for (size_t i = 0; i < full.segments.size(); ++i) {
        CAPTURE(i);
        CHECK(full.segments[i].status == only.segments[i].status);
        CHECK(full.segments[i].duplicate_of == only.segments[i].duplicate_of);
        CHECK(full.segments[i].similarity == only.segments[i].similarity);
        CHECK(np::segment_reason(full, i) == np::segment_reason(only, i));
        repeats += full.segments[i].reason == np::ReasonCode::repeated_sentences;
    }
    CHECK(repeats == 2);  // the joined paragraph and the pull quote
}

// Two wires' copies of one story: the second copy's paragraphs repeat the first's, one of them
// edited a little ("the levy ... jobs" for "the duty ... work") and cut to its first sentence. Its
// share of repeated bigrams (0.8) was under 0.85 and it stayed, alone, in the middle of a removed
// copy. Between two duplicates whose originals surround its own, 0.6 suffices; the same edited
// paragraph on its own stays.
TEST_CASE("dedup: an edited sentence inside a repeated copy repeats its original") {
    const std::string edited = "Trade minister Pavel Koren told reporters in the capital that the levy was needed to "
                               "keep more processing jobs at home.";
    const std::string copy = std::string(kHead) + "\n\n" + kLead + "\n\n" + edited + "\n\n" + kBuyers + "\n\n" + kBank + "\n";
    auto d = clean(article() + "\n" + copy);
    const size_t e = seg_starting(d, "Trade minister");
    REQ(e != SIZE_MAX);
    CHECK(e > 6);
    CHECK(d.segments[e].status == SegmentStatus::duplicate);
    CHECK(d.segments[e].reason == np::ReasonCode::repeated_sentences);
    auto alone = clean(article() + "\n" + edited + "\n");
    const size_t a = seg_starting(alone, "Trade minister");
    REQ(a != SIZE_MAX);
    CHECK(a > 3);
    CHECK(alone.segments[a].status == SegmentStatus::kept);
}
