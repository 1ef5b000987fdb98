// entities_types.hpp — what the entity stage produces (owned by the entities stage).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace np {

enum class EntityType : uint8_t { PERSON, ORG, GPE, LOC, NORP, DATE, PERCENT, MONEY, EVENT, PRODUCT, LAW };
const char* to_string(EntityType t);

struct Mention {
    uint32_t start = 0, end = 0;  // original byte offsets
    uint32_t sentence = 0;        // index into Document::sentences
};

struct Entity {
    int32_t id = 0;               // index in Document::entities
    std::string name;             // canonical (fullest) form
    EntityType type = EntityType::PERSON;
    std::vector<std::string> aliases;
    std::string role;             // empty = null
    int32_t affiliation = -1;     // entity id, -1 = null
    uint32_t count = 0;           // mentions in analysed (kept) text
    std::vector<Mention> mentions;
};

}  // namespace np
