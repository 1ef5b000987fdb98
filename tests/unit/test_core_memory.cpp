// Clean-only mode (Options::clean_only, Document::clean_only) against the full mode: the same
// segments, statuses, reasons, clean text and cross-document repeats on real Reuters text and
// on the edge cases of normalize() (the patches that stand in for the normalized copy), and
// the same tokens when a segment's tokens are rebuilt on demand.
#include <string>
#include <vector>

#include "../../src/core/segment_parts.hpp"
#include "../../src/core/stage_inputs.hpp"
#include "core1_helpers.hpp"

namespace {

using namespace np;

Analysis run(const std::vector<std::string>& texts, bool clean_only) {
    Input in;
    for (size_t i = 0; i < texts.size(); ++i) in.documents.push_back({"d" + std::to_string(i), "", texts[i]});
    Options opt;
    opt.clean_only = clean_only;
    opt.keep_internals = true;  // sentences stay, to compare their token indexes
    return analyze(in, opt);
}

// Everything Core I produces, in both modes.
void check_same(const std::vector<std::string>& texts) {
    const Analysis full = run(texts, false), lean = run(texts, true);
    REQ(full.documents.size() == lean.documents.size());
    for (size_t d = 0; d < full.documents.size(); ++d) {
        const Document &a = full.documents[d], &b = lean.documents[d];
        CHECK(b.text == texts[d]);  // the original bytes are back
        CHECK(b.text_patches.empty());
        CHECK(b.tokens.empty());  // never held for the whole document
        CHECK(a.token_count() == b.token_count());
        CHECK(clean_text(a) == clean_text(b));
        CHECK(test::segment_differences(a, b) == 0);
        CHECK(test::sentence_differences(a, b) == 0);
    }
    REQ(full.cross_document.size() == lean.cross_document.size());
    for (size_t i = 0; i < full.cross_document.size(); ++i) {
        const auto &x = full.cross_document[i], &y = lean.cross_document[i];
        CHECK((x.document == y.document && x.segment == y.segment && x.first_document == y.first_document &&
               x.first_segment == y.first_segment && x.similarity == y.similarity));
    }
}

}  // namespace

TEST_CASE("clean-only mode: same segments, statuses and clean text as the full mode on Reuters articles") {
    const std::string bodies = test::first_reuters_bodies(300);
    if (bodies.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    // One paste with a repeated half (exact and near duplicates, a repeated block) and a tab,
    // NBSPs and CRLFs (so the clean-only document holds patches), then three documents that
    // share paragraphs (the cross-document step reads earlier documents' restored text).
    std::string paste = bodies + bodies.substr(0, bodies.size() / 2);
    for (size_t at = 500; at + 4 < paste.size(); at += 7919) paste.replace(at, 1, (at / 7919) % 3 == 0 ? "\t" : (at / 7919) % 3 == 1 ? "\xC2\xA0" : "\r\n");
    check_same({paste});
    check_same({bodies.substr(0, 40000), bodies.substr(20000, 40000), paste.substr(10000, 60000)});
}

TEST_CASE("clean-only mode: the edge cases of normalize() and tiny inputs") {
    check_same({""});
    check_same({"   \n\n  "});
    check_same({"Title\n\nOne sentence here. Another one here.\n\nOne sentence here. Another one here."});
    // BOM, CRLF, lone CR, controls, NBSP, zero-width, soft hyphen, invalid bytes, U+2028.
    check_same({"\xEF\xBB\xBFHeadline of the day\r\n\r\nThe minister\xC2\xA0said on Monday that "
                "ex\xC2\xADports rose\xE2\x80\x8B by 5%.\rA bad \xFF byte\x01 and a line\xE2\x80\xA8separator.\r\n"});
    // Mostly rewritten bytes: more patches than allowed, so the normalized copy is kept.
    std::string junk;
    for (int i = 0; i < 2000; ++i) junk += i % 2 ? "\xFF\t" : "word ";
    check_same({junk, "plain text. " + junk});
}

TEST_CASE("clean-only mode: a document that needs few rewrites holds patches, not a second copy") {
    Document d;
    d.text = "Tariffs rose\xC2\xA0sharply.\n\nA\ttab here and there, in a long enough text to hold patches.";
    for (int i = 0; i < 3; ++i) d.text += " More plain words make the three rewritten bytes a small share.";
    const std::string original = d.text;
    d.clean_only = true;
    normalize(d);
    CHECK(d.work_storage.empty());
    CHECK(d.text_patches.size() == 3);         // NBSP (2 bytes) and the tab
    CHECK(d.work_view().find("rose  sharply") != std::string_view::npos);
    restore_text(d);
    CHECK(d.text == original);
    // The full mode keeps a copy when something changed, none when nothing did.
    Document f;
    f.text = original;
    normalize(f);
    CHECK(f.work_storage.size() == original.size());
    Document g;
    g.text = "Nothing to rewrite here.";
    normalize(g);
    CHECK(g.work_storage.empty());
    CHECK(g.work_view() == g.text);
}

TEST_CASE("clean-only mode: tokens rebuilt per segment equal the stored tokens") {
    std::string text = test::first_reuters_bodies(200);
    if (text.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    text += "Edge: U.S. $1,200.50 rose 2.5% -- don't \xE2\x80\x9Cquote\xE2\x80\x9D.\n";
    Document full;
    full.text = text;
    normalize(full);
    segment(full);
    dedup_document(full, nullptr);
    Document lean;
    lean.text = text;
    lean.clean_only = true;
    normalize(lean);
    segment(lean);
    CHECK(lean.tokens.empty());
    dedup_document(lean, nullptr);  // counts the tokens (count_segment_tokens)
    CHECK(lean.token_count() == full.tokens.size());
    REQ(lean.segments.size() == full.segments.size());
    std::vector<Token> a_scratch, b_scratch;
    size_t compared = 0, differ = 0;
    for (size_t i = 0; i < full.segments.size(); ++i) {
        auto a = segment_tokens(full, full.segments[i], a_scratch);
        auto b = segment_tokens(lean, lean.segments[i], b_scratch);
        bool same = a.size() == b.size();
        for (size_t k = 0; same && k < a.size(); ++k)
            same = a[k].start == b[k].start && uint32_t(a[k].end) == uint32_t(b[k].end) && a[k].kind == b[k].kind;
        compared += a.size();
        differ += !same;
    }
    CHECK(compared == full.tokens.size());
    CHECK(differ == 0);
}

TEST_CASE("clean-only mode: a cancelled run leaves every document's original bytes") {
    // Each document needs a few rewrites (NBSP, tab), so it holds patches while it is cleaned;
    // documents waiting for their cross-document turn when the run is cancelled must put the
    // original bytes back too.
    std::vector<std::string> texts;
    for (int i = 0; i < 60; ++i) {
        std::string t = "Paragraph " + std::to_string(i) + " opens\xC2\xA0here.\n\nA\ttab.";
        for (int k = 0; k < 20 + (i % 7) * 30; ++k) t += " Plain words keep the rewrites a small share of the text.";
        texts.push_back(t);
    }
    for (unsigned threads : {1u, 2u, 3u}) {
        for (int stop_after : {1, 5, 20}) {
            Input in;
            for (size_t i = 0; i < texts.size(); ++i) in.documents.push_back({"d" + std::to_string(i), "", texts[i]});
            Options opt;
            opt.clean_only = true;
            opt.threads = threads;
            int calls = 0;
            opt.progress = [&](float) { return ++calls < stop_after; };
            const Analysis a = analyze(std::move(in), opt);
            CHECK(a.cancelled);
            REQ(a.documents.size() == texts.size());
            for (size_t d = 0; d < texts.size(); ++d) {
                CHECK(a.documents[d].text == texts[d]);
                CHECK(a.documents[d].text_patches.empty());
            }
        }
    }
}
