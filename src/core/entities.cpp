// entities.cpp — the entity stage: loading its models, finding entities, serializing them.
//   load_entity_models  gazetteer*.tsv (merged) + ner.model
//   find_entities       analysed sentences -> mentions (ner_mentions.cpp) -> entities (ner_group.cpp)
//   (entities_to_json, the serializer, is in entities_json.cpp)
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "models.hpp"
#include "ner_stage.hpp"
#include "ner_text.hpp"
#include "stages.hpp"
#include "text.hpp"

namespace np {

const char* to_string(EntityType t) {
    switch (t) {
        case EntityType::PERSON: return "PERSON";
        case EntityType::ORG: return "ORG";
        case EntityType::GPE: return "GPE";
        case EntityType::LOC: return "LOC";
        case EntityType::NORP: return "NORP";
        case EntityType::DATE: return "DATE";
        case EntityType::PERCENT: return "PERCENT";
        case EntityType::MONEY: return "MONEY";
        case EntityType::EVENT: return "EVENT";
        case EntityType::PRODUCT: return "PRODUCT";
        case EntityType::LAW: return "LAW";
    }
    return "PERSON";
}

namespace {

bool is_gazetteer(const std::string& name) {
    return name.rfind("gazetteer", 0) == 0 && name.size() >= 4 && name.compare(name.size() - 4, 4, ".tsv") == 0;
}

// EntityModels::common_words: the own-feature sums of each word of the gazetteers' names
// (KIND<TAB>NAME<TAB>... rows, '#' comments), as tag() would sum them in a normal-case line.
void build_common_words(const Resources& res, EntityModels& out) {
    out.common_words = ner::OwnScoreCache{};
    if (out.tagger.empty() || out.tagger.table.empty()) return;
    auto text = std::make_unique<std::string>();
    std::vector<std::pair<size_t, size_t>> spans;  // words in *text (views taken once it is complete)
    for (const auto& [name, blob] : res.files) {
        if (!is_gazetteer(name)) continue;
        size_t at = 0;
        while (at < blob.size()) {
            size_t end = blob.find('\n', at);
            if (end == std::string::npos) end = blob.size();
            std::string_view line(blob.data() + at, end - at);
            at = end + 1;
            if (line.empty() || line[0] == '#') continue;
            const size_t tab = line.find('\t');
            if (tab == std::string_view::npos) continue;
            size_t i = tab + 1;
            while (i < line.size()) {  // words of the names: split on tabs, spaces and CR
                while (i < line.size() && (line[i] == '\t' || line[i] == ' ' || line[i] == '\r')) ++i;
                size_t j = i;
                while (j < line.size() && line[j] != '\t' && line[j] != ' ' && line[j] != '\r') ++j;
                if (j > i) {
                    spans.emplace_back(text->size(), j - i);
                    text->append(line.data() + i, j - i);
                }
                i = j;
            }
        }
    }
    ner::FeatureContext ctx;
    ctx.lexicon = &out.lexicon;
    ctx.lower_vocab = &out.tagger.lower_vocab;
    ner::SentenceInfo info;
    uint32_t keys[ner::kMaxFeatures];
    out.common_words.reserve(spans.size());
    const std::string_view all(*text);
    std::string lowered;
    for (const auto& [a, n] : spans) {
        const std::string_view one[1] = {all.substr(a, n)};
        // Facts first: a word met before (most recur across names) is skipped at once.
        uint64_t hl = 0;
        bool appended = false;
        lowered.clear();
        const uint8_t cs = uint8_t(ner::word_facts(one[0], lowered, hl, appended));
        if (out.common_words.find(hl, one[0], uint8_t(ner::LineMode::normal))) continue;
        const std::string_view low = appended ? std::string_view(lowered) : one[0];
        const ner::WordFacts facts{&cs, &hl, &low};
        // A one-word line is normal-case, so the word gets the features it gets in any
        // normal-case sentence (its own ones do not depend on its neighbours).
        ner::prepare_sentence(one, false, ctx, info, true, &facts);
        if (info.mode != ner::LineMode::normal) continue;
        const ner::TokenInfo& t = info.tokens[0];
        ner::OwnScoreCache::Entry e;
        e.hl = t.hl;
        e.hs = t.hs;
        e.mode = uint8_t(info.mode);
        e.cs = t.cs;
        e.ready = true;
        const int nk = ner::token_own_features(info, 0, keys);
        for (int k = 0; k < nk; ++k)
            if (const int16_t* row = out.tagger.row(keys[k]))
                for (int c = 0; c < ner::OwnScoreCache::kWide; ++c) e.sum[c] += row[c];
        out.common_words.add(e, one[0]);
    }
}

}  // namespace

bool load_entity_models(const Resources& res, EntityModels& out, std::string& error) {
    bool ok = true;
    bool any_gazetteer = false;
    for (const auto& [name, blob] : res.files) {
        if (!is_gazetteer(name)) continue;
        any_gazetteer = true;
        ok = out.lexicon.add_tsv(blob, name, error) && ok;
    }
    if (!any_gazetteer) error += "gazetteer*.tsv: missing, entity gazetteers and role cues disabled\n";
    auto it = res.files.find("ner.model");
    if (it == res.files.end()) {
        error += "ner.model: missing, entity tagger disabled (only dates, money and percentages)\n";
    } else {
        std::string err;
        if (!ner::load_tagger(it->second, out.tagger, err)) {
            error += "ner.model: " + err + "\n";
            out.tagger = ner::TaggerModel{};
            ok = false;
        } else {
            out.loaded = true;
        }
    }
    build_common_words(res, out);
    return ok;
}

void EntityScratchDeleter::operator()(EntityScratch* s) const { delete s; }

namespace {
// Bounds of what a scratch keeps between documents (why: memory must stay flat over a long
// run of documents, or after one huge document). The score cache is emptied when it passes the
// scratch's keep_bytes (8 MB by default, ~80,000 words; a run of news meets most recurring
// names well before), the staging arrays are freed after a document of more than kKeepWords
// words. The word-facts table takes at most a quarter of keep_bytes: 8,192 slots (256 KB)
// from 1 MB, 4,096 from 512 KB, 2,048 (64 KB) from 256 KB, none below (analyze() keeps no
// scratch there). Why not only at 1 MB and more, as before: it pays back within a few
// documents, and a 1 MB input on one thread or 2 MB on two (keep_bytes ~500 KB), as in each
// of the page's workers on a 1 MB paste, then hashed every word byte by byte (callgrind,
// `bench_stages pipeline` on 1 MB of pastes, one thread, the whole run with the models' load:
// 479.2 M instructions without the table, 466.4 M with 2,048 slots, 464.9 M with 4,096,
// 463.9 M with 8,192).
constexpr size_t kKeepWords = size_t(1) << 19;
constexpr size_t kWordFactsFrom = size_t(256) << 10;
int word_facts_bits(size_t keep_bytes) {
    int bits = ner::WordFactsCache::kMaxBits;
    while (bits > ner::WordFactsCache::kMinBits && (sizeof(ner::WordFactsCache::Slot) << bits) > keep_bytes / 4) --bits;
    return bits;
}
}  // namespace

EntityScratchPtr make_entity_scratch(size_t keep_bytes) {
    EntityScratchPtr s(new EntityScratch());
    s->keep_bytes = keep_bytes;
    s->word_facts.bits = word_facts_bits(keep_bytes);
    return s;
}

void find_entities(Document& doc, const Models* models, EntityScratch* scratch) {
    doc.entities.clear();
    const EntityModels* m = models ? &models->entities : nullptr;
    EntityScratch fresh;  // (empty vectors: nothing allocated unless used)
    const bool kept = scratch != nullptr;
    if (!kept) scratch = &fresh;
    ner::MentionScratch& ms = scratch->mentions;
    const size_t keep_bytes = kept ? scratch->keep_bytes : 0;
    if (ms.model != m || ms.own.bytes() > keep_bytes) {  // sums of other weights, or too big
        ms.own.clear(keep_bytes);
        ms.model = m;
    }
    ms.own.next_document();
    ner::StageDoc& staged = scratch->staged;
    // The word table pays back over several documents only (see word_facts_bits()).
    ner::stage_sentences(doc, staged, kept && keep_bytes >= kWordFactsFrom ? &scratch->word_facts : nullptr);
    auto mentions = ner::find_mentions(staged.sents, m, &ms);
    ner::group_entities(doc, staged.sents, mentions, m, &scratch->group);
    if (kept && staged.words.capacity() > kKeepWords) {
        staged.release();
        ms.release_buffers();
        scratch->group = ner::GroupScratch{};
    }
}

}  // namespace np
