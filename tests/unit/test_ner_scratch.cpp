// test_ner_scratch.cpp — an EntityScratch carried from document to document (what analyze()
// gives each worker thread) changes no result: on hundreds of real Reuters articles
// (../shared/data/news, skipped when absent) and on assets/sample.txt, find_entities with one
// reused scratch gives exactly the entities it gives with a fresh state per document, in
// file order and in reverse order (other cache contents), and after the models change.
// Also: the score cache owns its words and is bounded (OwnScoreCache::clear).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "models.hpp"
#include "ner_stage.hpp"
#include "stages.hpp"
#include "test_support.hpp"

namespace {

// One entity as text, every field the JSON shows.
std::string describe(const np::Entity& e) {
    std::string s = std::to_string(e.id) + "|" + np::to_string(e.type) + "|" + e.name + "|" + e.role + "|" +
                    std::to_string(e.affiliation) + "|" + std::to_string(e.count) + "|";
    for (const auto& a : e.aliases) s += a + ";";
    s += "|";
    for (const auto& m : e.mentions)
        s += std::to_string(m.start) + "-" + std::to_string(m.end) + "@" + std::to_string(m.sentence) + ";";
    return s;
}

std::vector<std::string> describe_all(const np::Document& d) {
    std::vector<std::string> out;
    for (const auto& e : d.entities) out.push_back(describe(e));
    return out;
}

// Normalized, segmented documents with their analysed flags, ready for find_entities.
std::vector<np::Document> prepared(const std::vector<std::string>& texts) {
    std::vector<np::Document> docs(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        docs[i].text = texts[i];
        np::normalize(docs[i]);
        np::segment(docs[i]);
        docs[i].analysed.resize(docs[i].segments.size());
        for (size_t s = 0; s < docs[i].segments.size(); ++s) docs[i].analysed[s] = docs[i].segments[s].kept();
    }
    return docs;
}

// Runs the documents in `order` through one scratch; checks each against `want` (fresh state).
size_t check_reused(std::vector<np::Document>& docs, const std::vector<std::vector<std::string>>& want,
                    const std::vector<size_t>& order, const np::Models* models, np::EntityScratch* scratch) {
    size_t differ = 0;
    for (size_t i : order) {
        np::find_entities(docs[i], models, scratch);
        const bool same = describe_all(docs[i]) == want[i];
        differ += !same;
        CHECK_MESSAGE(same, "document " << i << " differs with a reused scratch");
    }
    return differ;
}

}  // namespace

TEST_CASE("ner scratch: one scratch reused over real articles gives what a fresh state gives") {
    const np::Models* models = np::test::models();
    REQUIRE(models != nullptr);
    std::vector<std::string> texts;
    np::test::for_each_reuters_body([&](const std::string& body) {
        texts.push_back(body);
        return texts.size() < 600;
    });
    if (texts.empty()) {
        MESSAGE("skipped: ../shared absent");
        return;
    }
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    texts.push_back(sample);
    std::vector<np::Document> docs = prepared(texts);
    std::vector<std::vector<std::string>> want(docs.size());
    size_t entities = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
        np::find_entities(docs[i], models);  // no scratch: everything built for this document
        want[i] = describe_all(docs[i]);
        entities += want[i].size();
    }
    CHECK(entities >= 3000);  // real work: many names, so the cache is exercised

    std::vector<size_t> forward(docs.size()), backward(docs.size());
    for (size_t i = 0; i < docs.size(); ++i) forward[i] = i, backward[i] = docs.size() - 1 - i;
    np::EntityScratchPtr scratch = np::make_entity_scratch();
    CHECK(check_reused(docs, want, forward, models, scratch.get()) == 0);
    // The cache outlived the documents: it holds words of many of them, each stamped with the
    // last document that used it.
    const np::ner::OwnScoreCache& own = scratch->mentions.own;
    CHECK(own.doc == docs.size());
    CHECK(own.entries.size() >= 2000);
    size_t older = 0;
    for (const auto& e : own.entries) older += e.ready && e.doc + 50 < own.doc;
    CHECK(older >= 500);
    CHECK(check_reused(docs, want, backward, models, scratch.get()) == 0);

    // The same scratch after documents analysed without models (the cache is dropped, not mixed).
    np::Document plain = prepared({texts[0]})[0];
    np::find_entities(plain, nullptr, scratch.get());
    np::Document plain_fresh = prepared({texts[0]})[0];
    np::find_entities(plain_fresh, nullptr);
    CHECK(describe_all(plain) == describe_all(plain_fresh));
    CHECK(scratch->mentions.own.entries.empty());
    CHECK(check_reused(docs, want, forward, models, scratch.get()) == 0);
}

TEST_CASE("ner scratch: the score cache owns its words and is bounded") {
    np::ner::OwnScoreCache cache;
    std::vector<std::string> words;
    for (int i = 0; i < 3000; ++i) words.push_back("Name" + std::to_string(i));
    for (const auto& w : words) {
        np::ner::OwnScoreCache::Entry e;
        e.hl = std::hash<std::string>{}(w);
        e.ready = true;
        e.sum[0] = int32_t(w.size());
        CHECK(cache.find(e.hl, w, 0) == 0);
        cache.add(e, w);
    }
    const uint64_t h7 = std::hash<std::string>{}(words[7]);
    words.clear();  // the cache must not point into them
    const uint32_t f = cache.find(h7, "Name7", 0);
    REQUIRE(f != 0);
    CHECK(cache.word(cache.entries[f - 1]) == "Name7");
    CHECK(cache.find(h7, "Name7", 1) == 0);  // another casing mode is another entry
    const size_t full = cache.bytes();
    CHECK(full >= 3000 * sizeof(np::ner::OwnScoreCache::Entry));
    cache.clear(full);  // under the bound: emptied, memory kept for the next documents
    CHECK(cache.entries.empty());
    CHECK(cache.find(h7, "Name7", 0) == 0);
    CHECK(cache.bytes() == full);
    cache.clear(0);  // over the bound: memory freed
    CHECK(cache.entries.capacity() == 0);
    CHECK(cache.slots.capacity() == 0);
    CHECK(cache.bytes() < 64);  // (a string's inline buffer)
    CHECK(cache.find(h7, "Name7", 0) == 0);
}

TEST_CASE("ner scratch: the word-facts table stages real articles exactly as word_facts does") {
    std::vector<std::string> texts;
    np::test::for_each_reuters_body([&](const std::string& body) {
        texts.push_back(body);
        return texts.size() < 300;
    });
    std::string sample;
    REQUIRE(np::test::read_file(np::test::source_dir() + "/assets/sample.txt", sample));
    texts.push_back(sample);
    texts.push_back("Zürich, São Paulo and ÉCOLE: accented words. A word at the very end: x");  // non-ASCII, text end
    if (texts.size() < 100) {  // ../shared absent: the project's own articles instead
        MESSAGE("../shared absent: the sample and the project's articles only");
        for (const auto& f : np::test::article_files()) {
            std::string article;
            REQUIRE(np::test::read_file(f, article));
            texts.push_back(article);
        }
    }
    std::vector<np::Document> docs = prepared(texts);
    np::ner::WordFactsCache cache;
    size_t words = 0, lowered = 0;
    for (const auto& d : docs) {
        np::ner::StageDoc plain, cached;
        np::ner::stage_sentences(d, plain);
        np::ner::stage_sentences(d, cached, &cache);
        REQUIRE(plain.words.size() == cached.words.size());
        REQUIRE(plain.sents.size() == cached.sents.size());
        for (size_t i = 0; i < plain.words.size(); ++i) {
            CHECK(plain.words[i] == cached.words[i]);
            CHECK(plain.cases[i] == cached.cases[i]);
            CHECK(plain.hl[i] == cached.hl[i]);
            CHECK(plain.lower[i] == cached.lower[i]);
            lowered += plain.lower[i].data() != plain.words[i].data();
        }
        for (size_t s = 0; s < plain.sents.size(); ++s) {
            CHECK(plain.sents[s].index == cached.sents[s].index);
            CHECK(plain.sents[s].words.size() == cached.sents[s].words.size());
        }
        words += plain.words.size();
    }
    CHECK(words >= 1000);
    CHECK(lowered >= 100);  // words with capitals: their lowercase copies come from the table too
    size_t filled = 0;
    for (const auto& s : cache.slots) filled += s.len != 0;
    CHECK(filled >= 500);  // the table was used
}
