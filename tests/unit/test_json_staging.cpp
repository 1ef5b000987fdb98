// test_json_staging.cpp — JsonWriter's staging buffer and its fast paths give the same bytes as
// the plain path (the np::json_out:: appenders on a std::string, which test_json_writer.cpp checks
// against nlohmann): real article texts written as strings and display spans at every offset
// of the 4 KiB buffer (pieces that straddle a flush, pieces longer than half the buffer),
// integers at every digit-count boundary, enum names through plain_string(), literal keys
// against string_view keys, and the CLI's streaming use of AnalysisJsonStream (text() taken
// and cleared after each document) against to_json().
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build

#include <limits>
#include <nlohmann/json.hpp>

#include "json_parts.hpp"
#include "json_writer.hpp"
#include "segment_reason.hpp"
#include "text.hpp"

using namespace np::test;

namespace {

// The texts of the project's articles (tests/articles and the sample), read from disk.
std::vector<std::string> article_texts() {
    std::vector<std::string> out;
    for (const auto& f : article_files(true)) {
        std::string t;
        if (read_file(f, t)) out.push_back(t);
    }
    return out;
}

}  // namespace

TEST_CASE("json staging: strings and display spans of real articles, at every buffer offset") {
    auto texts = article_texts();
    REQ(texts.size() >= 5);
    // A text with every kind of byte the escapers treat specially, next to the real ones.
    texts.push_back(std::string("tab\there \"q\" back\\slash \x01\x1f\x7f bad\xff\xc3 ok \xe2\x80\x8b zw \xef\xbb\xbf bom\r\n") +
                    texts[0]);
    size_t checked = 0;
    for (const auto& t : texts) {
        // Pieces of several sizes: short ones (keys, names), ones near the buffer size.
        for (size_t piece : {size_t(7), size_t(300), size_t(2047), size_t(2049), size_t(5000)}) {
            // A prefix of each length 0..63 plus one near 4 KiB moves the pieces across the
            // buffer's flush points.
            for (size_t shift : {size_t(0), size_t(1), size_t(13), size_t(63), size_t(4090)}) {
                std::string got, want;
                {
                    np::JsonWriter w(got, -1);
                    w.begin_array();
                    w.string(std::string(shift, 'x'));
                    np::json_out::append_string(want, std::string(shift, 'x'));
                    for (size_t at = 0; at < t.size(); at += piece) {
                        const size_t end = std::min(t.size(), at + piece);
                        w.string(std::string_view(t).substr(at, end - at));
                        w.display(t, uint32_t(at), uint32_t(end));
                        want += ',';
                        np::json_out::append_string(want, std::string_view(t).substr(at, end - at));
                        want += ',';
                        np::json_out::append_display(want, t, uint32_t(at), uint32_t(end));
                    }
                    w.end_array();
                }
                want = "[" + want + "]";
                CHECK(got.size() == want.size());
                CHECK(got == want);
                ++checked;
            }
        }
    }
    CHECK(checked == texts.size() * 25);
}

TEST_CASE("json staging: integers at every digit-count boundary, as uint and sint") {
    std::vector<uint64_t> values = {0, std::numeric_limits<uint64_t>::max()};
    for (uint64_t p = 1; p <= 1000000000000000000ull; p *= 10) {
        values.push_back(p - 1);
        values.push_back(p);
        values.push_back(p + 1);
    }
    std::string got, want;
    {
        np::JsonWriter w(got, -1);
        w.begin_array();
        for (uint64_t v : values) {
            w.uint(v);
            w.sint(int64_t(v));
            if (!want.empty()) want += ',';
            want += std::to_string(v) + "," + std::to_string(int64_t(v));
        }
        w.sint(std::numeric_limits<int64_t>::min());
        want += "," + std::to_string(std::numeric_limits<int64_t>::min());
        w.end_array();
    }
    CHECK(got == "[" + want + "]");
}

TEST_CASE("json staging: plain_string and literal keys equal the escaping path") {
    for (int indent : {-1, 0, 2, 40, 200}) {  // 200: keys at depth 3 indented past the one-copy path (512)
        INFO("indent " << indent);
        std::string fast, plain;
        {
            np::JsonWriter w(fast, indent);
            w.begin_object();
            w.key("segments");
            w.begin_array();
            for (int k = 0; k < 5; ++k) {
                w.begin_object();
                w.key("kind"); w.plain_string(np::to_string(np::SegmentKind(k)));
                w.key("type"); w.plain_string(np::to_string(np::EntityType(k)));
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        {
            np::JsonWriter w(plain, indent);
            w.begin_object();
            w.key(std::string_view("segments"));
            w.begin_array();
            for (int k = 0; k < 5; ++k) {
                w.begin_object();
                w.key(std::string_view("kind")); w.string(np::to_string(np::SegmentKind(k)));
                w.key(std::string_view("type")); w.string(np::to_string(np::EntityType(k)));
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        CHECK(fast == plain);
        CHECK(fast.find("list_item") != std::string::npos);
    }
}

TEST_CASE("json staging: AnalysisJsonStream taken document by document equals to_json") {
    np::Options opt;
    opt.models = models();
    np::Analysis a = np::analyze(article_input(), opt);
    REQ(a.documents.size() >= 5);
    for (int indent : {-1, 2}) {
        INFO("indent " << indent);
        np::AnalysisJsonStream js(indent);
        std::string streamed = js.text();  // the head is complete once constructed
        js.text().clear();
        for (const auto& d : a.documents) {
            js.document(d);
            CHECK_FALSE(js.text().empty());  // each document is in text() when document() returns
            streamed += js.text();
            js.text().clear();
        }
        js.finish(a);
        streamed += js.text();
        CHECK(streamed == np::to_json(a, indent));
    }
}

TEST_CASE("json staging: every segment reason is plain ASCII, so plain_string() writes it as string() would") {
    // Every reason code, with ordinary and extreme numbers (a NaN or huge similarity, the
    // largest indices, a block whose segments are out of range).
    const float sims[] = {0.5f, 0.875f, 1.0f, -1.0f, 1e30f, std::numeric_limits<float>::quiet_NaN()};
    const uint32_t nums[] = {0, 7, 4294967295u};
    size_t checked = 0;
    for (int code = 0; code <= int(np::ReasonCode::bp_menu); ++code) {
        for (float sim : sims) {
            for (uint32_t a : nums) {
                np::Document d;
                d.segments.resize(3);
                np::Segment& s = d.segments[2];
                s.reason = np::ReasonCode(code);
                s.similarity = sim;
                s.duplicate_of = a == 7 ? 1 : -1;
                s.reason_a = a;
                s.reason_b = a == 0 ? 1 : a;
                np::ReasonText r;
                np::segment_reason_into(d, 2, r);
                std::string str = np::segment_reason(d, 2);
                CHECK(str == std::string(r.view()));
                CHECK(r.size < sizeof r.text);  // never cut
                if (code != int(np::ReasonCode::none)) CHECK_FALSE(str.empty());
                std::string escaped, plain;
                { np::JsonWriter w(escaped, -1); w.string(str); }
                { np::JsonWriter w(plain, -1); w.plain_string(r.view()); }
                CHECK(escaped == plain);
                ++checked;
            }
        }
    }
    CHECK(checked == (size_t(np::ReasonCode::bp_menu) + 1) * 18);
    // Spot checks of the wording (docs/schema.md's examples).
    np::Document d;
    d.segments.resize(4);
    d.segments[1].duplicate_of = 0;
    d.segments[2].duplicate_of = 1;
    d.segments[3].reason = np::ReasonCode::near_duplicate;
    d.segments[3].duplicate_of = 2;
    d.segments[3].similarity = 0.8125f;
    d.segments[3].reason_a = 1;
    d.segments[3].reason_b = 2;
    CHECK(np::segment_reason(d, 3) ==
          "near-duplicate of segment 2 (word-bigram Jaccard 0.81); part of a repeated block: segments 1-2 repeat segments 0-1");
}

TEST_CASE("json staging: short strings and range tails (the 8-byte tail test, the one-copy path) equal nlohmann and text::display") {
    // Real article text with every special byte class spliced in, cut at every start and every
    // length up to 24: each end position exercises the tail path with and without overlap.
    std::string text;
    REQ(read_file(source_dir() + "/tests/articles/01_steel_aluminium.txt", text));
    std::string mix = text.substr(0, 40) + "\"q\\\t\x01\x7f\xc3\xa9\xe2\x80\x8b\xef\xbb\xbf\xff\xe2\x80" +
                      text.substr(40, 40) + "\n\r\x1f caf\xc3\xa9 \xf0\x9f\x98\x80 end";
    size_t checked = 0;
    for (size_t a = 0; a < mix.size(); ++a) {
        for (size_t len = 0; len <= 24 && a + len <= mix.size(); ++len) {
            const std::string_view piece = std::string_view(mix).substr(a, len);
            std::string got;
            np::json_out::append_string(got, piece);
            const std::string want = nlohmann::json(std::string(piece)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            CHECK(got == want);
            std::string disp;
            np::json_out::append_display(disp, mix, uint32_t(a), uint32_t(a + len));
            const std::string want_disp = nlohmann::json(np::text::display(mix, uint32_t(a), uint32_t(a + len)))
                                              .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            CHECK(disp == want_disp);
            // The writer's one-copy path for short all-plain strings (JsonWriter::string and
            // display test them whole) against the same appenders.
            std::string w_str, w_disp;
            { np::JsonWriter w(w_str, -1); w.string(piece); }
            { np::JsonWriter w(w_disp, -1); w.display(mix, uint32_t(a), uint32_t(a + len)); }
            CHECK(w_str == got);
            CHECK(w_disp == disp);
            ++checked;
        }
    }
    CHECK(checked > 2000);
}
