// test_ner_model.cpp — tagger model file, lexicon, training determinism, corpus reading and
// an evaluation of the shipped model on a small CoNLL-format snippet written for this test.
#include <algorithm>
#include <cstring>
#include <doctest/doctest.h>

#include <set>
#include <tuple>

#include "models.hpp"
#include "ner_corpus.hpp"
#include "ner_lexicon.hpp"
#include "ner_tagger.hpp"
#include "ner_text.hpp"
#include "ner_train.hpp"
#include "test_support.hpp"

using namespace np::ner;

TEST_CASE("ner text: case classes, shapes, title casing") {
    CHECK(case_of("Obama") == Case::title);
    CHECK(case_of("NATO") == Case::upper);
    CHECK(case_of("iPhone") == Case::mixed);
    CHECK(case_of("1996") == Case::digit);
    CHECK(case_of("Éric") == Case::title);
    CHECK(shape("U.S.") == "X.X.");
    CHECK(shape("1996-08-30") == "d-d-d");
    CHECK(title("LONDON") == "London");
    CHECK(title("O'NEILL") == "O'Neill");
    CHECK(lower("ÉCOLE") == "école");
}

TEST_CASE("lexicon: longest match, case-insensitive, cue kinds") {
    Lexicon lex;
    std::string err;
    REQUIRE(lex.add_tsv("country\tUnited States\tUnited States\ncountry\tUnited Kingdom\tUnited Kingdom\n"
                        "country\tU.S.\tUnited States\ntitle\tSecretary of State\t\nfirstname\tAnna\tAnna\n",
                        "t.tsv", err));
    std::vector<std::string> words = {"the", "united", "States", "and", "U.S.", "Secretary", "of", "State"};
    std::vector<uint64_t> h;
    for (auto& w : words) h.push_back(hash_bytes(lower(w)));
    LexMatch m = lex.match(h.data(), h.size(), 1);
    CHECK(m.length == 2);
    CHECK((m.kinds & LK_COUNTRY));
    CHECK(lex.canonical(m.entry) == "United States");
    CHECK(lex.match(h.data(), h.size(), 4).length == 1);
    CHECK(lex.canonical(lex.match(h.data(), h.size(), 4).entry) == "United States");
    CHECK((lex.match(h.data(), h.size(), 5).kinds & LK_TITLE));
    CHECK(lex.match(h.data(), h.size(), 0).length == 0);
    CHECK((lex.kinds_of(hash_bytes("anna")) & LK_FIRSTNAME));
    Lexicon bad;
    CHECK_FALSE(bad.add_tsv("country United States\n", "bad.tsv", err));
    CHECK(err.find("bad.tsv: line 1") != std::string::npos);
}

// "National People's Congress": the text's tokens part the possessive from its word ("People",
// "'s"), the phrase was split on spaces only ("People's"), so no phrase with a possessive ever
// matched. The phrase is now parted as the text is.
TEST_CASE("lexicon: a phrase's possessive is a token of its own, as in the text") {
    Lexicon lex;
    std::string err;
    REQUIRE(lex.add_tsv("org\tNational People's Congress\tNational People's Congress\ncity\tM'sila\tM'sila\n", "t.tsv",
                        err));
    std::vector<std::string> words = {"the", "National", "People", "'s", "Congress", "in", "M'sila"};
    std::vector<uint64_t> h;
    for (auto& w : words) h.push_back(hash_bytes(lower(w)));
    const LexMatch m = lex.match(h.data(), h.size(), 1);
    CHECK(m.length == 4);
    CHECK((m.kinds & LK_ORG));
    CHECK(lex.canonical(m.entry) == "National People's Congress");
    CHECK(lex.match(h.data(), h.size(), 6).length == 1);  // (an apostrophe inside a word stays)
}

// The page's compact gazetteers (tools/compact-assets.py) leave out a KIND equal to the row
// before's and a CANONICAL equal to the phrase.
TEST_CASE("lexicon: an empty kind repeats the row before's") {
    Lexicon lex;
    std::string err;
    REQUIRE(lex.add_tsv("city\tLyon\n\tNantes\n\tSaint-Etienne\tSaint-Etienne\nfirstname\tAnna\n\tMarta\n", "t.tsv", err));
    CHECK((lex.kinds_of(hash_bytes("nantes")) & LK_CITY));
    CHECK((lex.kinds_of(hash_bytes("saint-etienne")) & LK_CITY));
    CHECK((lex.kinds_of(hash_bytes("marta")) & LK_FIRSTNAME));
    CHECK_FALSE((lex.kinds_of(hash_bytes("marta")) & LK_CITY));
    Lexicon first;  // nothing before: no kind, the row is skipped
    REQUIRE(first.add_tsv("\tNowhere\n", "t.tsv", err));
    CHECK(first.kinds_of(hash_bytes("nowhere")) == 0);
}

TEST_CASE("model file: round trip, and truncated or corrupt files give errors") {
    TaggerModel m;
    // 300 rows with keys far apart (multi-byte deltas), weights q * 2^e of every exponent. The
    // model holds row keys; lookups take feature keys (row_key(): their top 24 bits).
    std::vector<uint32_t> features;
    for (uint32_t r = 0; r < 300; ++r) {
        features.push_back(7 + r * 14000003u);
        m.keys.push_back(row_key(features.back()));
        int e = int(r % 9);
        for (int c = 0; c < kRow; ++c)
            m.rows.push_back(c < kLabels && (r + uint32_t(c)) % 3 ? int16_t((int((r * 7 + uint32_t(c) * 13) % 255) - 127) * (1 << e)) : int16_t(0));
    }
    m.transitions.assign(size_t(kLabels + 1) * kLabels, 3);
    m.transitions[5] = -32000;
    m.lower_vocab.keys = {1, 5, 9};
    m.index();
    std::string bytes = serialize(m);
    TaggerModel back;
    std::string err;
    REQUIRE(load_tagger(bytes, back, err));
    CHECK(back.keys == m.keys);
    CHECK(back.rows == m.rows);
    CHECK(back.transitions == m.transitions);
    CHECK(back.lower_vocab.keys == m.lower_vocab.keys);
    CHECK(serialize(back) == bytes);
    // The lookup table finds every row and nothing else.
    for (size_t r = 0; r < m.keys.size(); ++r) {
        const int16_t* row = back.row(features[r]);
        REQUIRE(row != nullptr);
        for (int c = 0; c < kLabels; ++c) CHECK(row[c] == m.rows[r * kRow + size_t(c)]);
        CHECK(back.row(features[r] ^ ((1u << kKeyShift) - 1)) == row);  // (the low bits name no other row)
    }
    CHECK(back.row(7 + 7000000u) == nullptr);
    CHECK(back.lower_vocab.contains_key(5));
    CHECK_FALSE(back.lower_vocab.contains_key(6));
    for (size_t cut : {size_t(0), size_t(7), size_t(40), size_t(300), bytes.size() / 2, bytes.size() - 5, bytes.size() - 1}) {
        TaggerModel t;
        err.clear();
        CHECK_FALSE(load_tagger(std::string_view(bytes).substr(0, cut), t, err));
        CHECK_FALSE(err.empty());
    }
    std::string flipped = bytes;
    flipped[100] = char(flipped[100] ^ 0x40);
    TaggerModel t;
    CHECK_FALSE(load_tagger(flipped, t, err));
    CHECK(err.find("checksum") != std::string::npos);
    // A corrupt row with a matching checksum (a damaged writer, not a damaged disk) is caught
    // by the field checks: a zero key delta, then an over-large exponent.
    auto reseal = [](std::string b) {
        uint32_t h = 2166136261u;
        for (size_t i = 0; i + 4 < b.size(); ++i) { h ^= (unsigned char)b[i]; h *= 16777619u; }
        for (int i = 0; i < 4; ++i) b[b.size() - 4 + size_t(i)] = char((h >> (8 * i)) & 0xFF);
        return b;
    };
    // Version 4 layout: header, transitions, vocabulary planes (3 keys), row-key planes, heads.
    const size_t n = m.keys.size();
    size_t first_row = 32 + size_t(kLabels + 1) * kLabels * 2 + 3 * 4;
    std::string zero_delta = bytes;
    for (size_t b = 0; b < 4; ++b) zero_delta[first_row + b * n + 1] = 0;  // row 1's key delta, all 4 bytes
    CHECK_FALSE(load_tagger(reseal(zero_delta), t, err));
    CHECK(err.find("order") != std::string::npos);
    std::string bad_exp = bytes;
    bad_exp[first_row + 5 * n] = char(0x7F);  // row 0's head, high byte: exponent 15
    CHECK_FALSE(load_tagger(reseal(bad_exp), t, err));
    CHECK(err.find("header") != std::string::npos);
    // Through load_models: a corrupt ner.model is an error naming the file, not a crash.
    np::Resources res;
    res.files["ner.model"] = bytes.substr(0, 50);
    std::string e2;
    CHECK(np::load_models(res, e2) == nullptr);
    CHECK(e2.find("ner.model") != std::string::npos);
}

// Version 3 files (32-bit row keys) still load: their keys become row keys, and rows whose keys
// share the top 26 bits are one, their weights summed. Training does the same
// (fold_keys()).
TEST_CASE("model file: a version 3 file loads with its keys cut to 26 bits, rows that fall together summed") {
    const uint32_t k0 = 0x12345601u, k1 = 0x1234563Fu, k2 = 0x7000AB00u;  // k0 and k1 share the top 26 bits
    std::string b("NPNER\0\0\1", 8);
    auto put32 = [&](uint32_t v) { for (int i = 0; i < 4; ++i) b += char((v >> (8 * i)) & 0xFF); };
    put32(3);
    put32(kLabels);
    put32(3);  // rows
    put32(1);  // vocabulary
    float scale = 1.0f;
    uint32_t sc;
    std::memcpy(&sc, &scale, 4);
    put32(sc);
    put32(0);
    for (int i = 0; i < (kLabels + 1) * kLabels; ++i) { b += char(1); b += char(0); }
    put32(5);  // the vocabulary: one key, its 4 planes of one byte each are this u32
    const uint32_t deltas[3] = {k0, k1 - k0, k2 - k1};
    for (int p = 0; p < 4; ++p)
        for (uint32_t d : deltas) b += char((d >> (8 * p)) & 0xFF);
    for (int r = 0; r < 3; ++r) b += char(0x01);  // heads, low bytes: label 0 only
    for (int r = 0; r < 3; ++r) b += char(0x00);  // high bytes: exponent 0
    b += char(10);
    b += char(20);
    b += char(-30);
    uint32_t h = 2166136261u;
    for (unsigned char c : b) { h ^= c; h *= 16777619u; }
    put32(h);
    TaggerModel m;
    std::string err;
    REQUIRE_MESSAGE(load_tagger(b, m, err), err);
    REQUIRE(m.keys.size() == 2);
    CHECK(m.keys[0] == row_key(k0));
    CHECK(m.keys[1] == row_key(k2));
    const int16_t* r0 = m.row(k1);
    REQUIRE(r0 != nullptr);
    if (!r0) return;
    CHECK(r0[0] == 30);  // 10 + 20
    CHECK(m.row(k0) == r0);
    const int16_t* r2 = m.row(k2);
    REQUIRE(r2 != nullptr);
    if (!r2) return;
    CHECK(r2[0] == -30);
    // ... and written again, it is a version 4 file that reads back the same
    TaggerModel back;
    REQUIRE(load_tagger(serialize(m), back, err));
    CHECK(back.keys == m.keys);
    CHECK(back.rows == m.rows);
}

TEST_CASE("scoring table: full buckets overflow into later ones; absent keys score zeros") {
    // 40 keys: 2-key buckets, so the table has 64 buckets. Keys sharing a home bucket (the low
    // six bits) fill it and spill into the buckets after it, wrapping past the last one.
    TaggerModel m;
    std::vector<uint32_t> ks;
    for (uint32_t k = 0; k < 12; ++k) ks.push_back(63 + (k + 1) * 64);  // home: the last bucket
    for (uint32_t k = 0; k < 12; ++k) ks.push_back(5 + (k + 1) * 64);   // home: bucket 5
    for (uint32_t k = 0; k < 16; ++k) ks.push_back(20 + k * 256 + 1024);  // one each in buckets 20, 21, ...
    std::sort(ks.begin(), ks.end());
    // (row keys have their top bit set; the feature key of row key k is k's other bits shifted up)
    const uint32_t top = 1u << (32 - kKeyShift);
    const auto feature = [&](uint32_t row) { return (row & (top - 1)) << kKeyShift; };
    for (uint32_t& key : ks) key |= top;
    for (uint32_t key : ks) {
        m.keys.push_back(key);
        for (int c = 0; c < kRow; ++c) m.rows.push_back(c < kLabels ? int16_t(int(key % 97) - 48 + c) : int16_t(0));
    }
    m.transitions.assign(size_t(kLabels + 1) * kLabels, 0);
    m.index();
    REQUIRE(m.table.size() == 64);
    CHECK(m.table[63].overflow == 1);
    CHECK(m.table[5].overflow == 1);
    CHECK(m.table[0].overflow == 0);  // filled by bucket 63's keys, none of its own
    for (size_t r = 0; r < m.keys.size(); ++r) {
        const int16_t* row = m.row(feature(m.keys[r]));
        REQUIRE(row != nullptr);
        CHECK(m.scoring_row(feature(m.keys[r])) == row);
        for (int c = 0; c < kLabels; ++c) CHECK(row[c] == m.rows[r * kRow + size_t(c)]);
    }
    // Absent keys: in an overflowed home bucket, in a bucket others spilled into, in an empty one.
    for (uint32_t key : {63u + 64u * 40u, 5u + 64u * 40u, 0u + 64u * 40u, 6u + 64u * 40u, 40u + 64u * 40u}) {
        CHECK(m.row(feature(key)) == nullptr);
        const int16_t* z = m.scoring_row(feature(key));
        for (int c = 0; c < TaggerModel::kWide; ++c) CHECK(z[c] == 0);
    }
}

TEST_CASE("training: deterministic bytes, and it learns its training data") {
    Lexicon lex;
    std::string err;
    REQUIRE(lex.add_tsv("country\tFrance\tFrance\ncity\tParis\tParis\n", "t.tsv", err));
    std::vector<TrainSentence> data;
    auto add = [&](std::vector<std::string> w, std::vector<uint8_t> l) { data.push_back({std::move(w), std::move(l)}); };
    for (int i = 0; i < 20; ++i) {
        add({"Maria", "Lopez", "visited", "Paris", "on", "Monday", "."}, {B_PER, I_PER, O, B_GPE, O, O, O});
        add({"Acme", "Corp", "hired", "John", "Smith", "."}, {B_ORG, I_ORG, O, B_PER, I_PER, O});
        add({"French", "troops", "left", "France", "."}, {B_NORP, O, O, B_GPE, O});
    }
    TrainOptions opt;
    opt.iterations = 3;
    opt.min_count = 1;
    opt.prune = 0;
    TaggerModel a = train_tagger(data, lex, opt, nullptr);
    TaggerModel b = train_tagger(data, lex, opt, nullptr);
    CHECK(serialize(a) == serialize(b));
    FeatureContext ctx;
    ctx.lexicon = &lex;
    ctx.lower_vocab = &a.lower_vocab;
    SentenceInfo info;
    std::vector<std::string_view> words = {"Acme", "Corp", "hired", "John", "Smith", "."};
    prepare_sentence(words, false, ctx, info);
    std::vector<uint8_t> labels;
    tag(a, info, labels);
    CHECK(labels == std::vector<uint8_t>{B_ORG, I_ORG, O, B_PER, I_PER, O});
}

// The shipped model is the trained one with its weakest rows pruned (assets/README.md):
// prune_rows() drops exactly the rows whose largest weight is below the threshold, keeps the
// others bit for bit, and the result serializes, loads and scores as the rows left say.
TEST_CASE("training: pruning a model's weak rows keeps the strong ones exactly") {
    TaggerModel m;
    m.scale = 100.0f;  // 100 int16 units per perceptron update
    const int16_t weights[3] = {150, 400, -260};  // largest |w|: 1.5, 4.0, 2.6 updates
    for (uint32_t r = 0; r < 3; ++r) {
        m.keys.push_back(row_key(0x1000u << (r + 8)));
        int16_t row[kRow] = {0};
        row[1] = weights[r];
        row[3] = int16_t(weights[r] / 2);
        m.rows.insert(m.rows.end(), row, row + kRow);
    }
    m.transitions.assign(size_t(kLabels + 1) * kLabels, 0);  // (keys pushed in increasing order, as a model keeps them)
    m.index();
    TaggerModel p = m;
    CHECK(prune_rows(p, 2.5) == 1);  // (1.5 goes; 4.0 and 2.6 stay)
    REQUIRE(p.keys.size() == 2);
    for (size_t r = 0; r < p.keys.size(); ++r) {
        const auto at = std::find(m.keys.begin(), m.keys.end(), p.keys[r]);
        REQUIRE(at != m.keys.end());
        const size_t o = size_t(at - m.keys.begin());
        CHECK(std::equal(p.rows.begin() + std::ptrdiff_t(r * kRow), p.rows.begin() + std::ptrdiff_t((r + 1) * kRow),
                         m.rows.begin() + std::ptrdiff_t(o * kRow)));
        CHECK(std::abs(int(p.rows[r * kRow + 1])) >= 250);
    }
    TaggerModel back;
    std::string err;
    REQUIRE(load_tagger(serialize(p), back, err));
    CHECK(back.keys == p.keys);
    CHECK(prune_rows(back, 0) == 0);  // (a zero threshold keeps every row)
}

TEST_CASE("corpus: CoNLL IOB1 and GMB IOB2 chunks, detokenized text") {
    auto docs = parse_corpus("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n"
                             "call NN I-NP O\n. . O O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n"
                             "-DOCSTART- -X- O O\n\nBRUSSELS NNP I-NP I-LOC\n");
    REQUIRE(docs.size() == 2);
    REQUIRE(docs[0].sentences.size() == 2);
    auto c = chunks(docs[0].sentences[0].tags);
    REQUIRE(c.size() == 2);
    CHECK(c[0].type == "ORG");
    CHECK(c[1].type == "MISC");
    auto g = parse_corpus("Mr.\tB-per\nSmith\tI-per\nmet\tO\nU.N.\tB-org\nofficials\tO\n.\tO\n\n", 0);
    REQUIRE(g.size() == 1);
    auto gc = chunks(g[0].sentences[0].tags);
    REQUIRE(gc.size() == 2);
    CHECK(gc[0].start == 0);
    CHECK(gc[0].end == 2);
    CorpusDocument d;
    d.sentences.push_back({{"He", "said", "(", "in", "Paris", ")", "it", "'s", "\"", "fine", "\"", "."}, {}});
    RebuiltDocument r = rebuild_text(d);
    CHECK(r.text == "He said (in Paris) it's \"fine\".");
    CHECK(r.text.substr(r.token_spans[0][4].first, 5) == "Paris");
}

TEST_CASE("shipped model: entity-level F1 on a CoNLL-format snippet") {
    // Sentences written for this test (not from any corpus), CoNLL-2003 format, IOB1.
    const char* snippet =
        "-DOCSTART- -X- O O\n\n"
        "Kenyan NNP I-NP I-MISC\nfinance NN I-NP O\nminister NN I-NP O\nAmina NNP I-NP I-PER\nMohamed NNP I-NP I-PER\n"
        "said VBD I-VP O\non IN I-PP O\nTuesday NNP I-NP O\nthat IN O O\nthe DT I-NP O\nWorld NNP I-NP I-ORG\n"
        "Bank NNP I-NP I-ORG\nwould MD I-VP O\nlend VB I-VP O\nmore JJR I-NP O\nto TO I-PP O\nNairobi NNP I-NP I-LOC\n. . O O\n\n"
        "Mohamed NNP I-NP I-PER\ntold VBD I-VP O\nreporters NNS I-NP O\nin IN I-PP O\nLondon NNP I-NP I-LOC\nthat IN O O\n"
        "talks NNS I-NP O\nwith IN I-PP O\nthe DT I-NP O\nInternational NNP I-NP I-ORG\nMonetary NNP I-NP I-ORG\n"
        "Fund NNP I-NP I-ORG\nwent VBD I-VP O\nwell RB I-ADVP O\n. . O O\n\n"
        "-DOCSTART- -X- O O\n\n"
        "Shares NNS I-NP O\nof IN I-PP O\nToyota NNP I-NP I-ORG\nfell VBD I-VP O\nin IN I-PP O\nTokyo NNP I-NP I-LOC\n"
        "after IN I-PP O\nchief JJ I-NP O\nexecutive NN I-NP O\nKoji NNP I-NP I-PER\nSato NNP I-NP I-PER\nwarned VBD I-VP O\n"
        "of IN I-PP O\nweak JJ I-NP O\nsales NNS I-NP O\nin IN I-PP O\nGermany NNP I-NP I-LOC\nand CC O O\nBrazil NNP I-NP I-LOC\n. . O O\n\n";
    const np::Models* models = np::test::models();
    REQUIRE(models != nullptr);
    REQUIRE(models->entities.loaded);
    auto docs = parse_corpus(snippet);
    REQUIRE(docs.size() == 2);
    using Key = std::tuple<size_t, uint32_t, uint32_t, std::string>;
    std::set<Key> gold, pred;
    np::Options opt;
    opt.keep_all = true;
    opt.models = models;
    for (size_t di = 0; di < docs.size(); ++di) {
        RebuiltDocument rb = rebuild_text(docs[di]);
        for (size_t si = 0; si < docs[di].sentences.size(); ++si)
            for (const auto& c : chunks(docs[di].sentences[si].tags))
                if (c.type != "MISC")
                    gold.insert({di, rb.token_spans[si][c.start].first, rb.token_spans[si][c.end - 1].second, c.type});
        auto an = np::analyze(np::Input{{{"d", "", rb.text}}}, opt);
        for (const auto& e : an.documents[0].entities) {
            std::string t = e.type == np::EntityType::PERSON ? "PER" : e.type == np::EntityType::ORG ? "ORG"
                          : (e.type == np::EntityType::GPE || e.type == np::EntityType::LOC) ? "LOC" : "";
            if (t.empty()) continue;
            for (const auto& m : e.mentions) pred.insert({di, m.start, m.end, t});
        }
    }
    size_t tp = 0;
    for (const auto& p : pred) tp += gold.count(p);
    double prec = pred.empty() ? 0 : double(tp) / double(pred.size()), rec = double(tp) / double(gold.size());
    double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
    MESSAGE("snippet: gold " << gold.size() << ", predicted " << pred.size() << ", correct " << tp << ", F1 " << f1);
    CHECK(gold.size() == 11);  // 3 PER, 3 ORG, 5 LOC
    CHECK(f1 >= 0.8);
}
