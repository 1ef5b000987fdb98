// entities.cpp — the entity stage: loading its models, finding entities, serializing them.
//   load_entity_models  gazetteer*.tsv (merged) + ner.model
//   find_entities       analysed sentences -> mentions (ner_mentions.cpp) -> entities (ner_group.cpp)
//   (entities_to_json, the serializer, is in entities_json.cpp)
#include "models.hpp"
#include "ner_stage.hpp"
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

bool load_entity_models(const Resources& res, EntityModels& out, std::string& error) {
    bool ok = true;
    bool any_gazetteer = false;
    for (const auto& [name, blob] : res.files) {
        if (name.rfind("gazetteer", 0) != 0 || name.size() < 4 || name.compare(name.size() - 4, 4, ".tsv") != 0) continue;
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
    return ok;
}

void find_entities(Document& doc, const Models* models) {
    doc.entities.clear();
    const EntityModels* m = models ? &models->entities : nullptr;
    ner::StageDoc staged;
    ner::stage_sentences(doc, staged);
    auto mentions = ner::find_mentions(staged.sents, m);
    ner::group_entities(doc, staged.sents, mentions, m);
}

}  // namespace np
