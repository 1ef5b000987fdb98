// test_cli_formats.cpp — the pure parts of `newsprism analyze`: arguments, JSONL lines,
// the HTML hook, the Markdown report and the JSON document (schema newsprism.analysis/1).
#include "core1_helpers.hpp"  // first: configures doctest for the no-exception build
#include <nlohmann/json.hpp>

#include "formats.hpp"

using namespace np::test;

TEST_CASE("cli args: defaults, formats, flags, values and files") {
    np::AnalyzeArgs a;
    std::string err;
    CHECK(np::parse_analyze_args({}, a, err) == 0);
    CHECK(a.format == np::OutputFormat::json);
    CHECK(a.files.empty());
    CHECK(np::parse_analyze_args({"--format", "md", "--keep-all", "--taxonomy=t.json", "--assets", "dir", "a.txt", "-"}, a, err) == 0);
    CHECK(a.format == np::OutputFormat::md);
    CHECK(a.keep_all);
    CHECK(a.taxonomy == "t.json");
    CHECK(a.assets == "dir");
    REQ(a.files.size() == 2);
    CHECK(a.files[1] == "-");
    CHECK(np::parse_analyze_args({"--jsonl-input", "--format=text", "--input-format", "html"}, a, err) == 0);
    CHECK(a.jsonl_input);
    CHECK(a.format == np::OutputFormat::text);
    CHECK(a.input_format == "html");
    CHECK(a.threads == 0);  // default: one per core
    CHECK(np::parse_analyze_args({"--threads", "3"}, a, err) == 0);
    CHECK(a.threads == 3);
    CHECK(np::parse_analyze_args({"--threads=1"}, a, err) == 0);
    CHECK(a.threads == 1);
    CHECK(np::parse_analyze_args({"--help"}, a, err) == 0);
    CHECK(a.help);
    CHECK(np::parse_analyze_args({"--", "--weird-name.txt"}, a, err) == 0);
    CHECK(a.files == std::vector<std::string>{"--weird-name.txt"});
}

TEST_CASE("cli args: usage errors return 2 with a message") {
    np::AnalyzeArgs a;
    std::string err;
    CHECK(np::parse_analyze_args({"--bogus"}, a, err) == 2);
    CHECK(err.find("--bogus") != std::string::npos);
    CHECK(np::parse_analyze_args({"--threads", "two"}, a, err) == 2);
    CHECK(err.find("--threads") != std::string::npos);
    CHECK(np::parse_analyze_args({"--threads=-1"}, a, err) == 2);
    CHECK(np::parse_analyze_args({"--threads", "2x"}, a, err) == 2);
    CHECK(np::parse_analyze_args({"--format", "xml"}, a, err) == 2);
    CHECK(err.find("xml") != std::string::npos);
    CHECK(np::parse_analyze_args({"--format"}, a, err) == 2);
    CHECK(np::parse_analyze_args({"--keep-all=yes"}, a, err) == 2);
    CHECK(np::parse_analyze_args({"--input-format", "pdf"}, a, err) == 2);
}

TEST_CASE("jsonl input: good lines, optional fields, and bad lines with reasons") {
    np::InputDocument d;
    std::string err;
    CHECK(np::parse_jsonl_line(R"({"id":"x1","title":"T","text":"Body."})", d, err));
    CHECK(d.id == "x1");
    CHECK(d.title == "T");
    CHECK(d.text == "Body.");
    CHECK(np::parse_jsonl_line(R"({"id":42,"text":"B"})", d, err));
    CHECK(d.id == "42");
    CHECK(np::parse_jsonl_line(R"({"text":"only text"})", d, err));
    CHECK(d.id.empty());
    CHECK_FALSE(np::parse_jsonl_line("not json", d, err));
    CHECK(err == "not valid JSON");
    CHECK_FALSE(np::parse_jsonl_line("[1,2]", d, err));
    CHECK(err == "not a JSON object");
    CHECK_FALSE(np::parse_jsonl_line(R"({"id":"a"})", d, err));
    CHECK(err.find("text") != std::string::npos);
    CHECK_FALSE(np::parse_jsonl_line(R"({"text":"x","id":[1]})", d, err));
    CHECK_FALSE(np::parse_jsonl_line(R"({"text":"x","title":5})", d, err));
    CHECK_FALSE(np::parse_jsonl_line(R"({"text":"unterminated)", d, err));
}

TEST_CASE("jsonl input: what JSON refuses is refused; escapes, ids and other bytes are kept") {
    np::InputDocument d;
    std::string err;
    for (std::string bad : {R"({"text":"x","id":01})", "{\"text\":\"tab\there\"}", R"({"text":"\q"})",
                            R"({"text":"x"} {"text":"y"})", R"({"text":"x",})"}) {
        CHECK_FALSE_MESSAGE(np::parse_jsonl_line(bad, d, err), bad);
        CHECK(err == "not valid JSON");
    }
    // A key written with escapes is the same key; \u escapes and surrogate pairs become UTF-8.
    REQUIRE(np::parse_jsonl_line(R"({"\u0074ext":"caf\u00e9 \ud83d\ude00\n","id":1e3})", d, err));
    CHECK(d.text == "caf\xC3\xA9 \xF0\x9F\x98\x80\n");
    CHECK(d.id == "1e3");  // as written
    // Bytes that are not UTF-8 reach the core, which cleans them (the line is not lost).
    REQUIRE(np::parse_jsonl_line("{\"text\":\"caf\xE9\"}", d, err));
    CHECK(d.text == "caf\xE9");
}

TEST_CASE("html hook: by option or by extension") {
    CHECK(np::is_html_input("page.html", "auto"));
    CHECK(np::is_html_input("PAGE.HTM", "auto"));
    CHECK_FALSE(np::is_html_input("story.txt", "auto"));
    CHECK(np::is_html_input("-", "html"));
    CHECK_FALSE(np::is_html_input("page.html", "text"));
}

TEST_CASE("json: documented key order, segment fields and stats") {
    std::string t = "Steel talks resume\nThe government raised the tariff on imported steel to 35 per cent, officials said.\n"
                    "Advertisement\nThe government raised the tariff on imported steel to 35 per cent, officials said.\nBad \xFF byte inside a sentence long enough to be a real paragraph of this short article.";
    auto a = analyze_text(t);
    std::string js = np::to_json(a);
    auto j = nlohmann::ordered_json::parse(js, nullptr, false);
    REQ(!j.is_discarded());
    std::vector<std::string> top;
    for (auto it = j.begin(); it != j.end(); ++it) top.push_back(it.key());
    CHECK(top == std::vector<std::string>{"schema", "version", "documents", "cross_document"});
    CHECK(j["schema"] == "newsprism.analysis/1");
    const auto& d = j["documents"][0];
    std::vector<std::string> keys;
    for (auto it = d.begin(); it != d.end(); ++it) keys.push_back(it.key());
    REQ(keys.size() >= 7);
    CHECK(std::vector<std::string>(keys.begin(), keys.begin() + 7) ==
          std::vector<std::string>{"id", "title", "bytes", "segments", "clean_text", "stats", "entities"});
    for (const char* k : {"measures", "issues", "quotes", "summary"}) CHECK(d.contains(k));
    const auto& segs = d["segments"];
    REQ(segs.size() == 5);
    CHECK(segs[2]["status"] == "boilerplate");
    CHECK(segs[3]["status"] == "duplicate");
    CHECK(segs[3]["duplicate_of"] == 1);
    CHECK(segs[3]["similarity"] == 1.0);
    CHECK(segs[1]["duplicate_of"].is_null());
    CHECK(segs[1]["similarity"].is_null());
    const auto& st = d["stats"];
    CHECK(st["invalid_bytes"] == 1);
    CHECK(st["segments"] == 5);
    CHECK(st["kept"] == 3);
    CHECK(st["duplicate"] == 1);
    CHECK(st["boilerplate"] == 1);
    CHECK(st["repeated_fraction"].get<double>() > 0.3);
    CHECK(st["repeated_fraction"].get<double>() < 0.6);
    CHECK(st["tokens"].get<int>() > 20);
    // Offsets point into the original bytes; the clean text is valid UTF-8 with U+FFFD.
    CHECK(segs[4]["start"].get<size_t>() == t.find("Bad"));
    CHECK(d["clean_text"].get<std::string>().find("Bad \xEF\xBF\xBD byte inside") != std::string::npos);
}

TEST_CASE("json and markdown: a range of rates has a max, a single rate none") {
    auto a = analyze_text("The bloc imposed duties of between 15% and 41% on imported electric vehicles.\n\n"
                          "Ottawa imposed a 25% tariff on imported steel.");
    auto j = nlohmann::json::parse(np::to_json(a), nullptr, false);
    REQ(!j.is_discarded());
    const auto& ms = j["documents"][0]["measures"];
    REQ(ms.size() == 2);
    CHECK(ms[0]["rate"]["value"] == 15);
    CHECK(ms[0]["rate"]["max"] == 41);
    CHECK(ms[1]["rate"]["value"] == 25);
    CHECK(!ms[1]["rate"].contains("max"));
    std::string md = np::to_markdown(a);
    CHECK(md.find("**tariff** 15–41% on imported electric vehicles") != std::string::npos);
    CHECK(md.find("**tariff** 25% on imported steel") != std::string::npos);
}

TEST_CASE("json line: one compact line per document") {
    auto a = analyze_text("One paragraph here.\nAnother paragraph there.");
    std::string line = np::to_json_line(a.documents[0], a);
    CHECK(line.find('\n') == std::string::npos);
    auto j = nlohmann::json::parse(line, nullptr, false);
    REQ(!j.is_discarded());
    CHECK(j["schema"] == "newsprism.analysis/1");
    CHECK(j["segments"].size() == 2);
}

TEST_CASE("markdown: title, clean text and removed segments with reasons") {
    std::string text;
    REQ(read_file(source_dir() + "/assets/sample.txt", text));
    auto a = analyze_text(text);
    std::string md = np::to_markdown(a);
    CHECK(md.rfind("# US raises steel tariff", 0) == 0);
    CHECK(md.find("## Clean text") != std::string::npos);
    CHECK(md.find("## Removed segments") != std::string::npos);
    CHECK(md.find("near-duplicate of segment") != std::string::npos);
    CHECK(md.find("related-links marker") != std::string::npos);
    // The clean text section holds the article once: the first paragraph appears once there
    // (the summary section may quote the same sentence again).
    size_t clean = md.find("## Clean text");
    size_t clean_end = md.find("\n## ", clean + 1);
    std::string clean_md = md.substr(clean, clean_end == std::string::npos ? std::string::npos : clean_end - clean);
    size_t first = clean_md.find("WASHINGTON");
    REQ(first != std::string::npos);
    CHECK(clean_md.find("WASHINGTON", first + 1) == std::string::npos);
}

TEST_CASE("analyze: empty and whitespace-only documents serialize cleanly") {
    for (const char* t : {"", "   \n\n\t \r\n"}) {
        auto a = analyze_text(t);
        REQ(a.documents.size() == 1);
        CHECK(a.documents[0].segments.empty());
        CHECK(np::clean_text(a.documents[0]).empty());
        auto j = nlohmann::json::parse(np::to_json(a), nullptr, false);
        CHECK_FALSE(j.is_discarded());
        CHECK(j["documents"][0]["stats"]["repeated_fraction"] == 0.0);
    }
}
